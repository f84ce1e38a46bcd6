package dev.setpoint.bench;

import dev.setpoint.core.quality.BuiltinLevels;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.MetricSpec;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import dev.setpoint.runner.builtin.BuiltinFunctions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs every shipped built-in template at every quality level, its parameters resolved as
 * {@code setpoint apply} resolves them, and prints run time (which includes measuring the output)
 * and the quality the run measured: the evidence in
 * docs/FUNCTIONS.md. Arguments: template ids (default: the four shipped function templates).
 */
public final class FunctionLevels {

    private FunctionLevels() {}

    public static void main(String[] args) throws Exception {
        List<String> ids = args.length > 0
                ? List.of(args)
                : List.of("sd-image", "text-to-video", "text-to-audio", "text-completion");
        Resolver resolver = new Resolver();
        System.out.println("| template | level | work units | run s | quality |");
        System.out.println("|---|---|---:|---:|---|");
        for (String id : ids) {
            Template template = TemplateRegistry.builtin().resolve(id);
            String function = ((Execution.Builtin) template.execution()).function();
            Executor executor = BuiltinFunctions.named(function).orElseThrow();
            for (var level : BuiltinLevels.ALL) {
                Map<String, Value> inputs =
                        Map.of("prompt", Value.of("a red ball on a quiet beach at dusk"), "seed", Value.of(42));
                Map<String, Value> params = resolver.apply(ApplyRequest.of(
                                template, QualityCatalog.builtin().resolve(level.id()), inputs))
                        .parameters();
                RunSpec spec = new RunSpec(template, params, Files.createTempDirectory("setpoint-bench-"));
                long start = System.nanoTime();
                RunOutcome outcome = executor.run(spec, ProgressSink.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                MetricSpec metric = template.metrics().get(0);
                System.out.printf(
                        "| %s | %s | %.3g | %.2f | %s %.2f %s |%n",
                        id,
                        level.id(),
                        executor.workUnits(spec),
                        seconds,
                        metric.name(),
                        ((Value.Num) outcome.metrics().get(metric.name())).doubleValue(),
                        metric.unit());
                clean(spec.workDir());
            }
        }
    }

    private static void clean(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}
