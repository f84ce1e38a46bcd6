package dev.setpoint.core.study;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A trial as the study judges it.
 *
 * @param status the trial's own status, or {@link TrialStatus#FAILED} when a hard constraint broke
 *     or an objective's metric was not measured
 * @param reason why it failed or was cancelled
 * @param objectives each objective's measured value, in the study's order; empty unless all were measured
 * @param penalty the sum of its soft constraints' penalties
 * @param scores each objective's value after the penalty, or {@code null} when the trial did not
 *     succeed: a trial without scores never wins
 * @param violations every constraint it broke, hard and soft
 */
public record ScoredTrial(
        TrialRecord trial,
        TrialStatus status,
        @Nullable String reason,
        List<Double> objectives,
        double penalty,
        @Nullable List<Double> scores,
        List<Violation> violations) {

    public ScoredTrial {
        Objects.requireNonNull(trial, "trial");
        Objects.requireNonNull(status, "status");
        objectives = List.copyOf(objectives);
        scores = scores == null ? null : List.copyOf(scores);
        violations = List.copyOf(violations);
        if ((scores != null) != (status == TrialStatus.SUCCEEDED)) {
            throw new IllegalArgumentException("a trial has scores exactly when it succeeded; it is " + status.id());
        }
        if (scores != null && scores.size() != objectives.size()) {
            throw new IllegalArgumentException("one score per objective: " + scores.size() + " for " + objectives);
        }
    }

    /** The trial's index in its study. */
    public int index() {
        return trial.index();
    }
}
