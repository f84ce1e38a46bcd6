package dev.setpoint.server.users;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Failures per key (a user name, an address) in a sliding window: at most {@code limit} in any
 * {@code window}. Memory stays bounded: at most {@code limit} instants per key, at most
 * {@link #MAX_KEYS} keys (the least recently used go first), each forgotten a window after its
 * last failure. Time is the injected clock's, expiry included.
 */
final class FailureWindow {

    static final int MAX_KEYS = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, List<Instant>> failures;

    FailureWindow(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterWrite(window)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /** How long until {@code key} may try again: empty while it has fewer than {@code limit} recent failures. */
    Optional<Duration> retryAfter(String key) {
        List<Instant> all = failures.getIfPresent(key);
        List<Instant> recent = all == null ? List.of() : recent(all);
        if (recent.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(
                clock.instant(), recent.get(recent.size() - limit).plus(window)));
    }

    void record(String key) {
        failures.asMap().compute(key, (k, old) -> {
            List<Instant> kept = new ArrayList<>(old == null ? List.of() : recent(old));
            kept.add(clock.instant());
            return List.copyOf(kept.subList(Math.max(0, kept.size() - limit), kept.size()));
        });
    }

    void reset(String key) {
        failures.invalidate(key);
    }

    private List<Instant> recent(List<Instant> all) {
        Instant since = clock.instant().minus(window);
        return all.stream().filter(t -> t.isAfter(since)).toList();
    }
}
