package dev.setpoint.core.template;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rules of an engine execution that the schema cannot express: its flags, false flags and seed
 * names must name the template's inputs, and the load it drives needs its inputs declared.
 */
final class EngineChecks {

    /** The inputs the streaming load is built from. */
    static final List<String> LOAD_INPUTS =
            List.of("model", "concurrency", "requests", "prompt_tokens", "output_tokens");

    private EngineChecks() {}

    static List<Problem> problems(@Nullable Execution execution, Map<String, InputSpec> inputs) {
        List<Problem> problems = new ArrayList<>();
        if (!(execution instanceof Execution.Engine engine)) {
            return problems;
        }
        String at = Pointer.of("execution", "engine");
        engine.flags().keySet().forEach(name -> requireInput(name, Pointer.child(at, "flags"), inputs, problems));
        engine.falseFlags().keySet().forEach(name -> {
            String flagAt = Pointer.of("execution", "engine", "false_flags", name);
            InputSpec input = inputs.get(name);
            if (input == null) {
                problems.add(notAnInput(name, flagAt));
            } else if (input.type() != InputType.BOOLEAN) {
                problems.add(new Problem(flagAt, "'" + name + "' is not a boolean input"));
            }
        });
        engine.seedNames()
                .values()
                .forEach(name -> requireInput(name, Pointer.child(at, "seed_names"), inputs, problems));
        List<String> missing =
                LOAD_INPUTS.stream().filter(name -> !inputs.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            problems.add(new Problem(at, "an engine's load needs the inputs " + String.join(", ", missing)));
        }
        return problems;
    }

    private static void requireInput(String name, String at, Map<String, InputSpec> inputs, List<Problem> problems) {
        if (!inputs.containsKey(name)) {
            problems.add(notAnInput(name, Pointer.child(at, name)));
        }
    }

    private static Problem notAnInput(String name, String at) {
        return new Problem(at, "'" + name + "' is not an input of this template");
    }
}
