package dev.setpoint.core.compare;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One level's run in a comparison.
 *
 * @param run what it measured (nothing yet, or nothing at all when it failed)
 * @param jobId the run's job
 * @param status the job's status ({@code queued}, {@code succeeded}, {@code failed}...)
 * @param outputs what it made
 * @param error why it failed, if it did: a failed level keeps its error and the others still compare
 */
public record LevelResult(
        LevelRun run,
        String jobId,
        String status,
        List<OutputLink> outputs,
        @Nullable String error) {

    public LevelResult {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        outputs = List.copyOf(outputs);
    }

    public String level() {
        return run.level();
    }
}
