package dev.setpoint.runner.builtin;

import dev.setpoint.runner.Executor;
import java.util.Map;
import java.util.Optional;

/**
 * The plain-Java reference functions templates name with {@code execution: {builtin: NAME}}:
 * {@code image}, {@code video}, {@code audio}, {@code text} and {@code noop}. Each measures its own
 * output on every run, the metric its template declares (docs/FUNCTIONS.md).
 */
public final class BuiltinFunctions {

    private static final Map<String, BuiltinFunction> FUNCTIONS = Map.of(
            "image", new ImageFunction(),
            "audio", new AudioFunction(),
            "text", new TextFunction(),
            "video", new VideoFunction(),
            "noop", new NoopFunction());

    private BuiltinFunctions() {}

    /** The function of that name, if there is one. */
    public static Optional<Executor> named(String name) {
        return Optional.ofNullable(FUNCTIONS.get(name));
    }
}
