package dev.setpoint.runner;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a run hands to a program or a backend: every input of the template, checked against
 * its specification once more right before use, so that an executor never trusts a caller's check.
 */
public final class Parameters {

    private Parameters() {}

    /**
     * Each input's value (the resolved parameter, else the input's default), in declaration order.
     * Parameters that are not inputs (directives such as {@code resolution_scale}) are left out.
     *
     * @throws SetpointException {@code INVALID} with every value that breaks its input, and every
     *     required input without a value
     */
    public static Map<String, Value> checked(RunSpec spec) {
        Map<String, Value> values = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (InputSpec input : spec.template().inputs().values()) {
            Value value = spec.parameters().getOrDefault(input.name(), input.defaultValue());
            String at = Pointer.of("parameters", input.name());
            if (value == null) {
                if (input.required()) {
                    problems.add(new Problem(at, "required input " + input.name() + " has no value"));
                }
                continue;
            }
            input.check(value).forEach(p -> problems.add(new Problem(at, p.message())));
            values.put(input.name(), value);
        }
        SetpointException.throwIfAny(problems);
        return values;
    }
}
