package dev.setpoint.jobs;

import dev.setpoint.store.JobStatus;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress and status of the jobs that run in this process, for their followers. Keeps each running
 * job's latest event so that a late follower starts from the current state.
 */
public final class JobEvents {

    private static final Logger LOG = LoggerFactory.getLogger(JobEvents.class);

    private final Map<UUID, Set<Consumer<JobEvent>>> followers = new ConcurrentHashMap<>();
    private final Map<UUID, JobEvent> latest = new ConcurrentHashMap<>();

    /**
     * A job's end for those who watched it run: a failure or cancellation at the stage and share of
     * the work the run had reached, else as the stored record tells it.
     */
    JobEvent endedAt(UUID jobId, JobStatus status) {
        JobEvent reached = latest.get(jobId);
        return reached == null || reached.status() != JobStatus.RUNNING
                ? JobEvent.ended(jobId, status)
                : new JobEvent(jobId, status, reached.stage(), reached.fraction(), null);
    }

    /**
     * Tells every follower of the job; a final event forgets the job. A follower that throws (its
     * client gone, its response completed by a shutdown) is dropped: the job that published, whose
     * worker calls this, must never fail because of who watches it.
     */
    public void publish(JobEvent event) {
        if (event.last()) {
            latest.remove(event.jobId());
        } else {
            latest.put(event.jobId(), event);
        }
        Set<Consumer<JobEvent>> set = followers.get(event.jobId());
        if (set != null) {
            set.forEach(follower -> deliver(event, follower, set));
        }
    }

    private static void deliver(JobEvent event, Consumer<JobEvent> follower, Set<Consumer<JobEvent>> set) {
        try {
            follower.accept(event);
        } catch (RuntimeException e) {
            set.remove(follower);
            LOG.debug("dropped a follower of job {}: {}", event.jobId(), e.toString());
        }
    }

    /** The latest event of a job running in this process, or null. */
    public @Nullable JobEvent latest(UUID jobId) {
        return latest.get(jobId);
    }

    /** A follower's registration; closing it stops the events. */
    public interface Following extends AutoCloseable {
        @Override
        void close();
    }

    /** Follows a job until the returned handle is closed. */
    public Following follow(UUID jobId, Consumer<JobEvent> follower) {
        followers.computeIfAbsent(jobId, id -> new CopyOnWriteArraySet<>()).add(follower);
        return () -> followers.computeIfPresent(jobId, (id, set) -> {
            set.remove(follower);
            return set.isEmpty() ? null : set;
        });
    }
}
