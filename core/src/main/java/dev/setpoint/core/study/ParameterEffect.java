package dev.setpoint.core.study;

import java.util.List;
import java.util.Objects;

/**
 * How much the first objective varied with one parameter.
 *
 * @param range the largest minus the smallest mean of {@link #values}; 0 when fewer than two have trials
 * @param values each candidate, in the space's order
 */
public record ParameterEffect(String parameter, double range, List<ValueEffect> values) {

    public ParameterEffect {
        Objects.requireNonNull(parameter, "parameter");
        values = List.copyOf(values);
        if (!(range >= 0 && Double.isFinite(range))) {
            throw new IllegalArgumentException("a range is a finite number >= 0, not " + range);
        }
    }
}
