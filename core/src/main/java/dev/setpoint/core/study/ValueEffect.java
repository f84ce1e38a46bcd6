package dev.setpoint.core.study;

import dev.setpoint.core.value.Value;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the first objective fared with one candidate of a parameter.
 *
 * @param mean the mean of the first objective over the succeeded trials with this value; {@code
 *     null} when none succeeded
 * @param trials how many succeeded trials had this value
 */
public record ValueEffect(Value value, @Nullable Double mean, int trials) {

    public ValueEffect {
        Objects.requireNonNull(value, "value");
        if (trials < 0 || (mean == null) != (trials == 0)) {
            throw new IllegalArgumentException("a mean exactly when there are trials: " + mean + " of " + trials);
        }
    }
}
