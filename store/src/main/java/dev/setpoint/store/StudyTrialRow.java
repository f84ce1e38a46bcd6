package dev.setpoint.store;

import dev.setpoint.core.value.Value;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One trial of a study as stored, joined with its job: the point, and where the job is and what it
 * measured.
 *
 * @param index the trial's place in the study, from 0, in the order the strategy proposed it
 * @param jobId null when no job could be made for the point ({@code reason} says why), or when its job
 *     was deleted
 * @param status the job's status; null without a job
 * @param reason why no job could be made, else the job's error (null for a job that has not failed)
 * @param runSeconds the job's measured run time; null until it has one
 * @param metrics what the job's run measured, name to number; empty until it succeeds
 */
public record StudyTrialRow(
        int index,
        Value.Obj point,
        @Nullable UUID jobId,
        @Nullable JobStatus status,
        @Nullable String reason,
        @Nullable Double runSeconds,
        Value.Obj metrics) {

    public StudyTrialRow {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(metrics, "metrics");
    }
}
