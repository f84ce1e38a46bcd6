package dev.setpoint.server.users;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Limits password guessing: at most {@link #PER_USER} failed sign-ins per user name and
 * {@link #PER_ADDRESS} per client address in any {@link #WINDOW}. Beyond that a sign-in is refused
 * without its password being checked, until the oldest of those failures leaves the window. A
 * success clears its user name's failures, not its address's: an address that tries many names
 * stays limited.
 */
@Component
class SignInThrottle {

    static final int PER_USER = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** A longer name counts under its first characters, so that a huge form field takes no memory. */
    private static final int NAME_KEY_LENGTH = 200;

    private final FailureWindow byUser;
    private final FailureWindow byAddress;

    SignInThrottle(ObjectProvider<Clock> clock) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        this.byUser = new FailureWindow(PER_USER, WINDOW, time);
        this.byAddress = new FailureWindow(PER_ADDRESS, WINDOW, time);
    }

    /** How long until this user name from this address may try again; empty when it may now. */
    Optional<Duration> refusal(@Nullable String username, String address) {
        return Stream.of(byUser.retryAfter(key(username)), byAddress.retryAfter(address))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
    }

    void failed(@Nullable String username, String address) {
        byUser.record(key(username));
        byAddress.record(address);
    }

    void succeeded(@Nullable String username) {
        byUser.reset(key(username));
    }

    /** As the sign-in reads the name (trimmed), case aside: "Admin" and "admin" share their count. */
    private static String key(@Nullable String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > NAME_KEY_LENGTH ? name.substring(0, NAME_KEY_LENGTH) : name;
    }
}
