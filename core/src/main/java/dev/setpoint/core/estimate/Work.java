package dev.setpoint.core.estimate;

import dev.setpoint.core.SetpointException;

/**
 * The size of the work one run asks for, in its executor's unit (for an image, weighted pixel-samples; see the
 * runner's {@code Executor.workUnits}). Core takes the numbers; the caller measures them.
 *
 * @param units the work of the point being estimated
 * @param reference the work of the template's own defaults at the same quality: the point its base
 *     time and the preset's time multiplier describe. The multiplier covers the level, the ratio
 *     {@code units / reference} covers the inputs; measuring the reference at standard instead would
 *     count a level's larger sizes and step counts twice.
 */
public record Work(double units, double reference) {

    public Work {
        if (!(units > 0 && reference > 0) || Double.isInfinite(units) || Double.isInfinite(reference)) {
            throw SetpointException.invalid(
                    "", "work units must be positive and finite, not " + units + " (reference " + reference + ")");
        }
    }

    /** How many times the reference work this is. */
    double ratio() {
        return units / reference;
    }
}
