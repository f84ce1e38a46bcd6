package dev.setpoint.runner.command;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The argument vector that starts an engine: its launch, {@code --host=127.0.0.1 --port=<port>},
 * then each flag the template maps an input to, in the template's order. A value is joined to its
 * flag with '=' ({@code --tp-size=2}), so no value, whatever it starts with, is read as another flag;
 * a boolean adds its bare flag when true and its {@code false_flags} when false; an input without a
 * value adds nothing, leaving the engine's default. Never a shell string.
 */
final class EngineLaunch {

    static final String HOST = "127.0.0.1";

    private EngineLaunch() {}

    /**
     * @throws SetpointException {@code INVALID} for a value no argument can hold (a NUL character, a
     *     list)
     */
    static List<String> arguments(Execution.Engine engine, Map<String, Value> values, int port) {
        List<String> argv = new ArrayList<>(engine.launch());
        argv.add("--host=" + HOST);
        argv.add("--port=" + port);
        List<Problem> problems = new ArrayList<>();
        engine.flags().forEach((input, flag) -> {
            Value value = values.get(input);
            if (value instanceof Value.Bool b) {
                if (b.value()) {
                    argv.add(flag);
                }
            } else if (value != null) {
                argv.add(flag + "=" + text(input, value, problems));
            }
        });
        engine.falseFlags().forEach((input, args) -> {
            if (Value.FALSE.equals(values.get(input))) {
                argv.addAll(args);
            }
        });
        SetpointException.throwIfAny(problems);
        return argv;
    }

    private static String text(String input, Value value, List<Problem> problems) {
        String text = ArgumentVector.text(value);
        String at = Pointer.of("parameters", input);
        if (text == null) {
            problems.add(
                    new Problem(at, "an engine flag takes a string, number or boolean, not this " + value.typeName()));
            return "";
        }
        if (text.indexOf('\0') >= 0) {
            problems.add(new Problem(at, "contains a NUL character, which no argument can hold"));
        }
        return text;
    }
}
