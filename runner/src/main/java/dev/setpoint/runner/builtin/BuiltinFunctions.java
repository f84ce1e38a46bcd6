package dev.setpoint.runner.builtin;

import dev.setpoint.runner.Executor;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.util.Map;
import java.util.Optional;

/**
 * The plain-Java reference functions templates name with {@code execution: {builtin: NAME}}:
 * {@code image}, {@code video}, {@code audio}, {@code text} and {@code noop}. See docs/FUNCTIONS.md.
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

    /**
     * Measures the quality of a finished run of function {@code name} against a reference (see
     * docs/FUNCTIONS.md for each metric). For benchmarks and tests: it can cost as much as the run.
     */
    public static Optional<QualityScore> score(String name, RunSpec spec, RunOutcome outcome) {
        return Optional.ofNullable(FUNCTIONS.get(name)).map(f -> f.score(spec, outcome));
    }
}
