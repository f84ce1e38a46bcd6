package dev.setpoint.jobs;

import dev.setpoint.core.study.ScoredTrial;
import dev.setpoint.core.study.StudyDocument;
import dev.setpoint.core.study.StudyStatus;
import dev.setpoint.core.study.TrialStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Those who follow a study: each gets its document at once, then again whenever a trial is added or
 * ends or the study's status changes (told by the driver for what happens in this process, and on
 * every tick for what happens elsewhere), and last when the study ends. A change is read once for all
 * of a study's followers, on the watcher's thread: a slow follower never holds up the driver.
 */
final class StudyFollowers {

    private static final Logger LOG = LoggerFactory.getLogger(StudyFollowers.class);

    private final Map<UUID, Set<Follower>> followers = new ConcurrentHashMap<>();
    private final Set<UUID> pending = ConcurrentHashMap.newKeySet();
    private final Function<UUID, Optional<StudyDocument>> read;
    private final Executor watcher;

    /** @param read a study's document as it stands, empty when it is gone */
    StudyFollowers(Function<UUID, Optional<StudyDocument>> read, Executor watcher) {
        this.read = read;
        this.watcher = watcher;
    }

    /** Follows the study until the handle is closed or the study ends; its document now, on this thread. */
    AutoCloseable follow(UUID id, Consumer<StudyDocument> target) {
        Follower follower = new Follower(id, target);
        followers.computeIfAbsent(id, k -> new CopyOnWriteArraySet<>()).add(follower);
        read.apply(id).ifPresent(follower::offer);
        return () -> remove(follower);
    }

    /** The study may have changed: its followers hear of it soon; many changes before then make one read. */
    void changed(UUID id) {
        if (!followers.containsKey(id) || !pending.add(id)) {
            return;
        }
        try {
            watcher.execute(() -> {
                pending.remove(id);
                tell(id);
            });
        } catch (RejectedExecutionException e) {
            // Closing: the followers' streams end with the process.
            pending.remove(id);
        }
    }

    /** Every followed study may have changed elsewhere; on the watcher's thread. */
    void changedAll() {
        followers.keySet().forEach(this::tell);
    }

    private void tell(UUID id) {
        Set<Follower> set = followers.get(id);
        if (set == null) {
            return;
        }
        StudyDocument now;
        try {
            now = read.apply(id).orElse(null);
        } catch (RuntimeException e) {
            // The database busy: the next change or tick reads again.
            LOG.debug("reading study {} for its followers: {}", id, e.toString());
            return;
        }
        if (now == null) {
            followers.remove(id);
            return;
        }
        set.forEach(follower -> follower.offer(now));
    }

    private void remove(Follower follower) {
        followers.computeIfPresent(follower.id, (id, set) -> {
            set.remove(follower);
            return set.isEmpty() ? null : set;
        });
    }

    /** What a follower is told of again only when it changes. */
    private record Seen(StudyStatus status, List<TrialStatus> trials) {

        static Seen of(StudyDocument document) {
            return new Seen(
                    document.status(),
                    document.result().trials().stream().map(ScoredTrial::status).toList());
        }
    }

    private final class Follower {
        private final UUID id;
        private final Consumer<StudyDocument> target;
        private @Nullable Seen last;
        private boolean done;

        Follower(UUID id, Consumer<StudyDocument> target) {
            this.id = id;
            this.target = target;
        }

        synchronized void offer(StudyDocument now) {
            Seen seen = Seen.of(now);
            if (done || seen.equals(last)) {
                return;
            }
            last = seen;
            if (now.status() != StudyStatus.RUNNING) {
                stop();
            }
            try {
                target.accept(now);
            } catch (RuntimeException e) {
                // Its client gone: it is not called again, and the study runs on.
                stop();
                LOG.debug("dropped a follower of study {}: {}", id, e.toString());
            }
        }

        private void stop() {
            done = true;
            remove(this);
        }
    }
}
