package dev.setpoint.core.study;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Judges a trial against a study's objectives and constraints. Only a succeeded trial that measured
 * every objective and every constrained metric, and broke no hard constraint, gets scores; any
 * other is failed (with the reason) or still pending, and never wins. Soft constraints move the
 * scores as {@link Constraint} describes.
 */
public final class Scoring {

    private Scoring() {}

    public static ScoredTrial score(StudySpec spec, TrialRecord trial) {
        List<Double> objectives = objectives(spec, trial);
        if (trial.status() != TrialStatus.SUCCEEDED) {
            return unscored(trial, trial.status(), trial.reason(), objectives, List.of());
        }
        List<String> unmeasured = unmeasured(spec, trial);
        if (!unmeasured.isEmpty()) {
            return unscored(
                    trial,
                    TrialStatus.FAILED,
                    "the run did not measure " + String.join(", ", unmeasured),
                    objectives,
                    List.of());
        }
        List<Violation> violations = violations(spec, trial);
        List<Violation> hard = violations.stream().filter(Violation::hard).toList();
        if (!hard.isEmpty()) {
            return unscored(trial, TrialStatus.FAILED, broken(hard), objectives, violations);
        }
        double penalty = violations.stream().mapToDouble(Violation::penalty).sum();
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < objectives.size(); i++) {
            scores.add(penalised(spec.objectives().get(i).direction(), objectives.get(i), penalty));
        }
        return new ScoredTrial(trial, TrialStatus.SUCCEEDED, null, objectives, penalty, scores, violations);
    }

    /** Every trial of {@code trials}, scored. */
    public static List<ScoredTrial> scoreAll(StudySpec spec, List<TrialRecord> trials) {
        return trials.stream().map(trial -> score(spec, trial)).toList();
    }

    /**
     * {@code value} moved by {@code penalty * |value|} in the worse direction: worse by a positive
     * amount whatever the sign (the magnitude counts at least {@link Constraint#TINY}, so that a
     * value of 0 is penalised too). A penalty too large for a double gives the worst finite score.
     */
    static double penalised(Direction direction, double value, double penalty) {
        if (penalty == 0) {
            return value;
        }
        double cost = penalty * Math.max(Math.abs(value), Constraint.TINY);
        double score = direction == Direction.MAXIMIZE ? value - cost : value + cost;
        if (Double.isFinite(score)) {
            return score;
        }
        return direction == Direction.MAXIMIZE ? -Double.MAX_VALUE : Double.MAX_VALUE;
    }

    private static ScoredTrial unscored(
            TrialRecord trial,
            TrialStatus status,
            @Nullable String reason,
            List<Double> objectives,
            List<Violation> violations) {
        return new ScoredTrial(trial, status, reason, objectives, 0, null, violations);
    }

    /** The objectives' measured values, or empty unless all were measured. */
    private static List<Double> objectives(StudySpec spec, TrialRecord trial) {
        List<Double> values = new ArrayList<>();
        for (Objective objective : spec.objectives()) {
            Double value = trial.measurement(objective.metric());
            if (value == null) {
                return List.of();
            }
            values.add(value);
        }
        return values;
    }

    /**
     * The objective and constrained metrics the trial did not measure, each once. A constraint on
     * a metric that was not measured cannot be kept or broken: the trial cannot be judged.
     */
    private static List<String> unmeasured(StudySpec spec, TrialRecord trial) {
        List<String> metrics = new ArrayList<>();
        spec.objectives().forEach(objective -> metrics.add(objective.metric()));
        spec.constraints().forEach(constraint -> metrics.add(constraint.metric()));
        return metrics.stream()
                .distinct()
                .filter(metric -> trial.measurement(metric) == null)
                .toList();
    }

    private static List<Violation> violations(StudySpec spec, TrialRecord trial) {
        List<Violation> violations = new ArrayList<>();
        for (Constraint constraint : spec.constraints()) {
            double value = trial.measurement(constraint.metric());
            if (!constraint.holds(value)) {
                violations.add(new Violation(constraint, value, constraint.penalty(value)));
            }
        }
        return violations;
    }

    private static String broken(List<Violation> hard) {
        return hard.stream()
                .map(v -> v.constraint().metric() + " was " + Constraint.plain(v.value()) + ", which breaks "
                        + v.constraint().text())
                .collect(Collectors.joining("; "));
    }
}
