package dev.setpoint.core.study;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What a study optimises and how: everything but the space and what runs it.
 *
 * @param objectives one objective, or two for a Pareto front, on different metrics
 * @param constraints the service-level objectives every trial is held to, at most {@link #MAX_CONSTRAINTS}
 * @param seed what random and Bayesian choices are drawn from: the same seed and history give the
 *     same choices
 */
public record StudySpec(
        List<Objective> objectives, List<Constraint> constraints, StrategyKind strategy, long seed, Budget budget) {

    public static final int MAX_CONSTRAINTS = 32;

    /**
     * Drawn seeds stay below 2^53, the largest integer a browser's JSON reads exactly, so that the
     * seed a page shows is the one the study ran with.
     */
    private static final long DRAWN_SEED_BOUND = 1L << 53;

    public StudySpec {
        objectives = List.copyOf(objectives);
        constraints = List.copyOf(constraints);
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(budget, "budget");
        if (objectives.isEmpty() || objectives.size() > 2) {
            throw SetpointException.invalid(
                    Pointer.of("objectives"),
                    "a study has one objective, or two for a Pareto front; " + objectives.size() + " given");
        }
        if (objectives.size() == 2
                && objectives.get(0).metric().equals(objectives.get(1).metric())) {
            throw SetpointException.invalid(
                    Pointer.of("objectives", "1", "metric"),
                    "both objectives are on " + objectives.get(0).metric()
                            + "; a second objective needs another metric");
        }
        if (constraints.size() > MAX_CONSTRAINTS) {
            throw SetpointException.invalid(
                    Pointer.of("constraints"), constraints.size() + " constraints; the limit is " + MAX_CONSTRAINTS);
        }
    }

    /** A seed for a study that names none, below 2^53 (see {@link #DRAWN_SEED_BOUND}). */
    public static long drawSeed(RandomGenerator random) {
        return random.nextLong(0, DRAWN_SEED_BOUND);
    }
}
