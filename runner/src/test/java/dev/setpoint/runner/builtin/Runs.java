package dev.setpoint.runner.builtin;

import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper: specs for shipped templates, resolved at a level as {@code setpoint apply} does. */
final class Runs {

    static final Map<String, String> FUNCTION_OF = Map.of(
            "sd-image",
            "image",
            "text-to-video",
            "video",
            "text-to-audio",
            "audio",
            "text-completion",
            "text",
            "noop",
            "noop");

    private Runs() {}

    /** Inputs from name-value pairs, with a fixed prompt and seed unless given. */
    static Map<String, Value> inputs(Object... nameThenValue) {
        Map<String, Value> inputs = new LinkedHashMap<>();
        inputs.put("prompt", Value.of("a red ball on a quiet beach at dusk"));
        inputs.put("seed", Value.of(42));
        for (int i = 0; i < nameThenValue.length; i += 2) {
            Object v = nameThenValue[i + 1];
            inputs.put(
                    (String) nameThenValue[i],
                    v instanceof Integer n
                            ? Value.of(n.longValue())
                            : v instanceof Double d
                                    ? Value.of(d)
                                    : v instanceof Boolean b ? Value.of(b) : Value.of((String) v));
        }
        return inputs;
    }

    static RunSpec spec(String template, String level, Map<String, Value> inputs, Path dir) {
        Template t = TemplateRegistry.builtin().resolve(template);
        Map<String, Value> params = new Resolver()
                .apply(ApplyRequest.of(t, QualityCatalog.builtin().resolve(level), inputs))
                .parameters();
        return new RunSpec(t, params, dir);
    }

    static Executor executor(String template) {
        return BuiltinFunctions.named(FUNCTION_OF.get(template)).orElseThrow();
    }

    static RunOutcome run(RunSpec spec) throws InterruptedException {
        return executor(spec.template().id()).run(spec, ProgressSink.NONE);
    }

    /** The run's quality: the one metric its template declares, as the run measured it. */
    static double score(RunSpec spec, RunOutcome outcome) {
        String metric = spec.template().metrics().get(0).name();
        return ((Value.Num) outcome.metrics().get(metric)).doubleValue();
    }

    static byte[] output(RunSpec spec, RunOutcome outcome) {
        try {
            return Files.readAllBytes(
                    spec.workDir().resolve(outcome.outputs().get(0).name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
