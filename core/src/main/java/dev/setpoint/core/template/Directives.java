package dev.setpoint.core.template;

import dev.setpoint.core.Problem;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.util.List;

/**
 * Parameters that steer resolution instead of reaching the function. STORY-050's levels set
 * {@code resolution_scale}; global scaling consumes it to size {@code width} and {@code height}.
 * A template that declares an input of the same name gets it as an ordinary input instead.
 */
public final class Directives {

    public static final String RESOLUTION_SCALE = "resolution_scale";
    static final BigDecimal MAX_RESOLUTION_SCALE = BigDecimal.valueOf(4);

    private Directives() {}

    public static boolean isDirective(String name) {
        return RESOLUTION_SCALE.equals(name);
    }

    /** Problems with a directive's value: {@code resolution_scale} is a number above 0 and at most 4. */
    public static List<Problem> check(String name, Value value) {
        if (value instanceof Value.Num n && n.value().signum() > 0 && n.value().compareTo(MAX_RESOLUTION_SCALE) <= 0) {
            return List.of();
        }
        return List.of(new Problem(name, "must be a number above 0 and at most 4, not " + value));
    }
}
