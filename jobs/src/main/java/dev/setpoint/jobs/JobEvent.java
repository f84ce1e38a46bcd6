package dev.setpoint.jobs;

import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a job's followers are told: its status, and while it runs the stage, how far it is and the
 * time left.
 *
 * @param fraction 0 to 1; 1 once it succeeded
 * @param etaSeconds the seconds left, from progress so far (before any, from the estimate); null
 *     when finished
 */
public record JobEvent(
        UUID jobId,
        JobStatus status,
        String stage,
        double fraction,
        @Nullable Double etaSeconds) {

    public JobEvent {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        stage = stage == null ? status.id() : stage;
    }

    /** Where a job is by its stored record alone: its status, done or not, and its estimate while unfinished. */
    public static JobEvent stored(JobRecord job) {
        return job.status().finished()
                ? ended(job.id(), job.status())
                : new JobEvent(
                        job.id(),
                        job.status(),
                        job.status().id(),
                        0,
                        job.job().estimate().seconds());
    }

    /** A job's end as its stored record tells it, and as followers are told it: the status is the stage. */
    static JobEvent ended(UUID jobId, JobStatus status) {
        return new JobEvent(jobId, status, status.id(), status == JobStatus.SUCCEEDED ? 1 : 0, null);
    }

    public boolean last() {
        return status.finished();
    }
}
