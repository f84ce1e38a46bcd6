package dev.setpoint.store;

import dev.setpoint.core.value.Value;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How one attempt of a job ended, as it is recorded: a success with its outputs, or a failure with its
 * error. Recorded only while {@code attempt} is the job's current one and the job still runs.
 *
 * @param startedAt when the attempt really started (a job stored running on hand-off, or claimed with
 *     its chunk, reached its worker later)
 * @param metrics what the run measured, name to number; empty for a failure
 */
public record JobEnd(
        UUID id,
        int attempt,
        Instant startedAt,
        JobStatus status,
        RunMeasurements measurements,
        Value.Obj metrics,
        List<JobOutput> outputs,
        String log,
        @Nullable String error) {

    public JobEnd {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(measurements, "measurements");
        Objects.requireNonNull(metrics, "metrics");
        if (status != JobStatus.SUCCEEDED && status != JobStatus.FAILED) {
            throw new IllegalArgumentException("a run ends succeeded or failed, not " + status.id());
        }
        outputs = List.copyOf(outputs);
        log = log == null ? "" : log;
    }

    public static JobEnd succeeded(
            UUID id,
            int attempt,
            Instant startedAt,
            RunMeasurements measurements,
            Value.Obj metrics,
            List<JobOutput> outputs,
            String log) {
        return new JobEnd(id, attempt, startedAt, JobStatus.SUCCEEDED, measurements, metrics, outputs, log, null);
    }

    public static JobEnd failed(
            UUID id, int attempt, Instant startedAt, RunMeasurements measurements, String error, String log) {
        return new JobEnd(
                id, attempt, startedAt, JobStatus.FAILED, measurements, new Value.Obj(Map.of()), List.of(), log, error);
    }
}
