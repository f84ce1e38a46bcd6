package dev.setpoint.jobs;

import dev.setpoint.core.merge.Merger;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.study.Budget;
import dev.setpoint.core.study.SearchSpace;
import dev.setpoint.core.study.StrategyKind;
import java.math.BigInteger;

/**
 * How many trials a study runs when its budget does not say, for {@code POST /api/studies} and {@code
 * setpoint tune} alike.
 */
public final class StudyBudgets {

    /** Random and Bayesian studies sample this many points of a larger space. */
    public static final int SAMPLED_TRIALS = 20;

    private StudyBudgets() {}

    /**
     * Every point for a grid (at most {@link Budget#MAX_TRIALS}: a larger grid is reported, not cut
     * silently), {@value #SAMPLED_TRIALS} for the other strategies, never more than the grid has; at
     * least one, so that a space with nothing to tune (or no presets to make one of) is reported by the
     * study's checks, not here.
     *
     * @param base the study's request: its presets merged, its fixed inputs
     */
    public static int defaultTrials(StrategyKind strategy, ApplyRequest base) {
        if (base.presets().isEmpty()) {
            return 1;
        }
        BigInteger grid = SearchSpace.of(Merger.merge(base.presets(), base.strategy()), base.inputs())
                .gridSize();
        int cap = strategy == StrategyKind.GRID ? Budget.MAX_TRIALS : SAMPLED_TRIALS;
        return grid.min(BigInteger.valueOf(cap)).max(BigInteger.ONE).intValueExact();
    }
}
