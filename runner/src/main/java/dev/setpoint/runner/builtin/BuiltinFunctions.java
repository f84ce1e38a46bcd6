package dev.setpoint.runner.builtin;

import dev.setpoint.core.SetpointException;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The functions built into Setpoint, by the name an {@code execution: {builtin: ...}} gives. This
 * minimal version holds only {@code noop}; the reference functions arrive with the functions branch.
 */
public final class BuiltinFunctions {

    private static final Executor NOOP = (spec, progress) -> noop(spec);

    private BuiltinFunctions() {}

    /** The built-in function of that name, if there is one. */
    public static Optional<Executor> named(String name) {
        return "noop".equals(name) ? Optional.of(NOOP) : Optional.empty();
    }

    private static RunOutcome noop(RunSpec spec) {
        byte[] text = "ok\n".getBytes(StandardCharsets.US_ASCII);
        try {
            Files.write(spec.workDir().resolve("noop.txt"), text);
        } catch (IOException e) {
            throw SetpointException.invalid("", "cannot write noop.txt: " + e.getMessage());
        }
        return new RunOutcome(List.of(new Output("noop.txt", "text/plain", text.length)), "", Map.of());
    }
}
