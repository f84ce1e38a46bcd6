package dev.setpoint.core.study;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How a study chooses its points. */
public enum StrategyKind {
    /** Every point of the space, in grid order. */
    GRID,
    /** Points drawn at random without replacement, from the study's seed. */
    RANDOM,
    /** Bayesian: the tree-structured Parzen estimator (Bergstra et al. 2011). */
    BAYES;

    /** The wire id: {@code grid}, {@code random} or {@code bayes}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The strategy with this wire id. */
    public static StrategyKind of(@Nullable String id) {
        for (StrategyKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw SetpointException.invalid(
                Pointer.of("strategy"),
                "unknown strategy " + (id == null ? "null" : "'" + id + "'") + "; allowed: grid, random, bayes");
    }
}
