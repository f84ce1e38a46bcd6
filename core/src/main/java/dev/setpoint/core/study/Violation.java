package dev.setpoint.core.study;

import java.util.Objects;

/**
 * A constraint a trial broke.
 *
 * @param value what the trial measured
 * @param penalty what it cost the trial's scores: 0 for a hard constraint, which failed the trial
 */
public record Violation(Constraint constraint, double value, double penalty) {

    public Violation {
        Objects.requireNonNull(constraint, "constraint");
    }

    /** Whether it failed the trial. */
    public boolean hard() {
        return constraint.hard();
    }
}
