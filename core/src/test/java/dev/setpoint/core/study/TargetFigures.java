package dev.setpoint.core.study;

import java.util.List;

/**
 * The target for the Bayesian strategy, measured on a replayed grid: how many trials a
 * strategy needs before its best score is within 2% of the grid's optimum.
 */
final class TargetFigures {

    static final double TOLERANCE = 0.02;

    private TargetFigures() {}

    /** The best score of the first objective over the whole table, as {@code spec} scores it. */
    static double optimum(TrialTable table, StudySpec spec) {
        ScoredTrial best = StudyAnalysis.best(
                spec.objectives().get(0).direction(),
                Scoring.scoreAll(spec, table.trials()).stream()
                        .filter(t -> t.scores() != null)
                        .toList());
        return best.scores().get(0);
    }

    /**
     * The number of trials (1 for the first) after which the best score is within {@link #TOLERANCE}
     * of {@code optimum}, relative to its magnitude; {@code trials.size() + 1} when never.
     */
    static int trialsToWithin(List<ScoredTrial> trials, double optimum, Direction direction) {
        for (int i = 0; i < trials.size(); i++) {
            List<Double> scores = trials.get(i).scores();
            if (scores != null
                    && direction.loss(scores.get(0)) <= direction.loss(optimum) + TOLERANCE * Math.abs(optimum)) {
                return i + 1;
            }
        }
        return trials.size() + 1;
    }
}
