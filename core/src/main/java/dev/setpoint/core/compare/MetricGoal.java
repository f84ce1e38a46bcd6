package dev.setpoint.core.compare;

import java.util.Objects;

/**
 * A metric a comparison judges, and which way is better.
 *
 * @param name the metric's name, as the template declares it
 * @param better {@code HIGHER}, {@code LOWER}, or {@code NONE} for a figure that is neither
 */
public record MetricGoal(String name, Better better) {

    /** Which way a metric is better. */
    public enum Better {
        HIGHER,
        LOWER,
        NONE;

        /** +1 or -1, so that a gain signed by it is positive when it is better; NONE keeps the raw sign. */
        int sign() {
            return this == LOWER ? -1 : 1;
        }
    }

    public MetricGoal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(better, "better");
    }
}
