package dev.setpoint.server.jobs;

import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import java.util.Objects;
import java.util.UUID;

/**
 * What a job's followers are told: its status, and while it runs the stage, how far it is and the
 * time left.
 *
 * @param fraction 0 to 1; 1 once it succeeded
 * @param etaSeconds the seconds left, from progress so far (before any, from the estimate); null
 *     when finished
 */
public record JobEvent(UUID jobId, JobStatus status, String stage, double fraction, Double etaSeconds) {

    public JobEvent {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        stage = stage == null ? status.id() : stage;
    }

    /** Where a job is by its stored record alone: its status, done or not, and its estimate while unfinished. */
    public static JobEvent stored(JobRecord job) {
        double fraction = job.status() == JobStatus.SUCCEEDED ? 1 : 0;
        Double eta = job.status().finished() ? null : job.job().estimate().seconds();
        return new JobEvent(job.id(), job.status(), job.status().id(), fraction, eta);
    }

    public boolean last() {
        return status.finished();
    }
}
