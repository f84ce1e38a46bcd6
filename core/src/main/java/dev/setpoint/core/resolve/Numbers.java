package dev.setpoint.core.resolve;

import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** Number handling shared by rules and scaling. */
final class Numbers {

    private Numbers() {}

    /** The number {@code value} holds, or {@code null} when it is not a number. */
    static @Nullable BigDecimal of(@Nullable Value value) {
        return value instanceof Value.Num n ? n.value() : null;
    }

    /** Keeps {@code n} inside the input's min and max. */
    static BigDecimal clamp(InputSpec spec, BigDecimal n) {
        BigDecimal result = n;
        if (spec.min() != null && result.compareTo(spec.min()) < 0) {
            result = spec.min();
        }
        if (spec.max() != null && result.compareTo(spec.max()) > 0) {
            result = spec.max();
        }
        return result;
    }

    /**
     * Rounds {@code n} to the nearest multiple of the input's {@code multiple_of} (1 when it has
     * none), halves up, then keeps it inside min and max on a multiple.
     */
    static BigDecimal roundToMultiple(InputSpec spec, BigDecimal n) {
        BigDecimal step = spec.multipleOf() == null ? BigDecimal.ONE : spec.multipleOf();
        BigDecimal rounded = n.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
        if (spec.min() != null && rounded.compareTo(spec.min()) < 0) {
            rounded = spec.min().divide(step, 0, RoundingMode.CEILING).multiply(step);
        }
        if (spec.max() != null && rounded.compareTo(spec.max()) > 0) {
            rounded = spec.max().divide(step, 0, RoundingMode.FLOOR).multiply(step);
        }
        return rounded.stripTrailingZeros()
                .setScale(Math.max(0, step.stripTrailingZeros().scale()));
    }
}
