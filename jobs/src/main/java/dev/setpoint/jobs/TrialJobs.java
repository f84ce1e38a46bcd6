package dev.setpoint.jobs;

import dev.setpoint.store.NewJob;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A study's trials as ordinary single jobs: prepared as {@link JobService#submit} prepares one, stored
 * by the study with its trial, then queued; stopped as a cancelled job is; and followed to their end
 * in this process.
 */
final class TrialJobs {

    private final JobPreparation preparation;
    private final JobEstimates estimates;
    private final JobEngine engine;
    private final JobService service;
    private final JobEvents events;
    private final Map<UUID, JobEvents.Following> followed = new ConcurrentHashMap<>();

    TrialJobs(
            JobPreparation preparation,
            JobEstimates estimates,
            JobEngine engine,
            JobService service,
            JobEvents events) {
        this.preparation = preparation;
        this.estimates = estimates;
        this.engine = engine;
        this.service = service;
        this.events = events;
    }

    /**
     * @throws dev.setpoint.core.SetpointException as {@link JobService#submit} would refuse the job
     */
    NewJob prepare(@Nullable Long ownerId, JobSubmission submission) {
        return preparation.prepare(ownerId, submission, estimates);
    }

    /** Gives a job stored queued to the queue; should the process die first, {@link StrandedJobs} does. */
    void enqueue(UUID jobId) {
        engine.enqueue(jobId);
    }

    /** Stops a job the store has just marked cancelled. */
    void stopCancelled(UUID jobId) {
        service.stopCancelled(jobId);
    }

    /** Runs {@code onEnd} once, when the job ends in this process; a job followed already is not followed twice. */
    void follow(UUID jobId, Runnable onEnd) {
        followed.computeIfAbsent(
                jobId,
                id -> events.follow(id, event -> {
                    if (event.last()) {
                        unfollow(id);
                        onEnd.run();
                    }
                }));
    }

    /** Stops following a job, which ended in another process or was never seen ending. */
    void unfollow(UUID jobId) {
        JobEvents.Following following = followed.remove(jobId);
        if (following != null) {
            following.close();
        }
    }
}
