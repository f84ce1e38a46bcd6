package dev.setpoint.cli;

import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may touch of the world: its output streams, the environment and the directory that
 * relative paths start from. Passed in rather than read from {@link System}, so tests run commands
 * in-process and side by side.
 */
public record Context(PrintStream out, PrintStream err, Map<String, String> env, Path workDir) {

    public Context {
        env = Map.copyOf(env);
        workDir = workDir.toAbsolutePath();
    }

    /** A path the user gave, relative to the working directory. */
    public Path resolve(String path) {
        return workDir.resolve(path);
    }

    /** True when {@code SETPOINT_DEBUG=1}: unexpected errors then show their stack trace. */
    public boolean debug() {
        return "1".equals(env.get("SETPOINT_DEBUG"));
    }

    /** Prints {@code text} and a newline ({@code \n} on every platform, so output is byte-identical). */
    public void println(String text) {
        out.print(text + "\n");
    }

    /** Machine output: pretty JSON and a newline. */
    public void printJson(Value value) {
        println(Json.pretty(value));
    }
}
