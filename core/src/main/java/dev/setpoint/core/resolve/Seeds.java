package dev.setpoint.core.resolve;

import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.InputType;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Draws a run's random seed when the run is submitted, not when it starts. A template's integer input
 * {@value #INPUT} at -1 means "pick one"; picking it up front lets a job record the seed it ran with
 * (so the run can be repeated exactly) and lets its estimate measure the work of that very seed (how
 * many notes or shapes a built-in function makes follows the seed).
 */
public final class Seeds {

    /** The input that names a run's seed. */
    public static final String INPUT = "seed";

    /** Seeds are drawn from [0, 2^32): the range every shipped template and backend accepts. */
    private static final long BOUND = 1L << 32;

    private Seeds() {}

    /** {@code parameters} with a fresh seed in place of -1 (or of a missing seed that defaults to -1). */
    public static Map<String, Value> drawn(Template template, Map<String, Value> parameters, RandomGenerator random) {
        InputSpec input = template.inputs().get(INPUT);
        if (input == null || input.type() != InputType.INTEGER) {
            return parameters;
        }
        Value seed = parameters.getOrDefault(INPUT, input.defaultValue());
        if (!(seed instanceof Value.Num n && n.doubleValue() == -1)) {
            return parameters;
        }
        Map<String, Value> drawn = new LinkedHashMap<>(parameters);
        drawn.put(INPUT, Value.of(random.nextLong(BOUND)));
        return drawn;
    }
}
