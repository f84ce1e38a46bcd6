package dev.setpoint.store;

import dev.setpoint.core.value.Value;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A job as stored: what was submitted, where it is, and what its run measured. Times and
 * measurements are {@code null} until they happen.
 *
 * @param queueWaitSeconds from queued to the start of the (latest) attempt
 * @param attempt how many times a worker started it; more than 1 after a recovery
 * @param worker the job server that ran the latest attempt
 * @param metrics what the run measured of its output, name to number; empty until it succeeds
 */
public record JobRecord(
        NewJob job,
        JobStatus status,
        Instant createdAt,
        Instant queuedAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable Double queueWaitSeconds,
        @Nullable RunMeasurements measurements,
        List<JobOutput> outputs,
        String log,
        @Nullable String error,
        int attempt,
        @Nullable String worker,
        Value.Obj metrics) {

    private static final Value.Obj NO_METRICS = new Value.Obj(Map.of());

    public JobRecord {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(status, "status");
        outputs = List.copyOf(outputs);
        log = log == null ? "" : log;
        Objects.requireNonNull(metrics, "metrics");
    }

    /** Just submitted: queued at {@code now}, not started, nothing measured yet. */
    public static JobRecord queued(NewJob job, Instant now) {
        return new JobRecord(
                job, JobStatus.QUEUED, now, now, null, null, null, null, List.of(), "", null, 0, null, NO_METRICS);
    }

    /**
     * Handed straight to {@code worker} at {@code now}, in its first attempt: started the moment it was
     * queued, so it waited 0 s.
     */
    public static JobRecord running(NewJob job, Instant now, String worker) {
        return new JobRecord(
                job, JobStatus.RUNNING, now, now, now, null, 0.0, null, List.of(), "", null, 1, worker, NO_METRICS);
    }

    public UUID id() {
        return job.id();
    }

    public @Nullable Long ownerId() {
        return job.ownerId();
    }

    public Value.Obj parameters() {
        return job.parameters();
    }
}
