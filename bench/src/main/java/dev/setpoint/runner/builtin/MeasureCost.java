package dev.setpoint.runner.builtin;

import dev.setpoint.core.quality.BuiltinLevels;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What measuring its output costs a built-in function's run, per shipped template and level
 * (docs/FUNCTIONS.md, "What measuring costs"): times {@code rounds} whole runs (which measure) and,
 * after each, the measurement alone again, in the thread's CPU time, and prints the medians and the
 * measurement's share of the run. The first round warms the JIT and is left out when there are more. It lives in the runner's
 * package to call the functions' own {@code measure}. Usage: {@code MeasureCost [rounds, default 3]
 * [template ids...]}.
 */
public final class MeasureCost {

    /** The functions are single-threaded: the thread's CPU time is their cost, whatever else the machine runs. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private MeasureCost() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String> ids = args.length > 1
                ? List.of(args).subList(1, args.length)
                : List.of("sd-image", "text-to-video", "text-to-audio", "text-completion");
        System.out.println("| template | level | run CPU s (with measuring) | measuring CPU s | share |");
        System.out.println("|---|---|---:|---:|---:|");
        for (String id : ids) {
            Template template = TemplateRegistry.builtin().resolve(id);
            BuiltinFunction function =
                    (BuiltinFunction) BuiltinFunctions.named(((Execution.Builtin) template.execution()).function())
                            .orElseThrow();
            for (var level : BuiltinLevels.ALL) {
                Map<String, Value> inputs =
                        Map.of("prompt", Value.of("a red ball on a quiet beach at dusk"), "seed", Value.of(42));
                Map<String, Value> params = new Resolver()
                        .apply(ApplyRequest.of(
                                template, QualityCatalog.builtin().resolve(level.id()), inputs))
                        .parameters();
                double[] run = new double[rounds];
                double[] measure = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    Path dir = Files.createTempDirectory("setpoint-measure-");
                    RunSpec spec = new RunSpec(template, params, dir);
                    long start = CPU.getCurrentThreadCpuTime();
                    function.run(spec, ProgressSink.NONE);
                    long ran = CPU.getCurrentThreadCpuTime();
                    function.measure(spec, 42);
                    run[r] = (ran - start) / 1e9;
                    measure[r] = (CPU.getCurrentThreadCpuTime() - ran) / 1e9;
                    clean(dir);
                }
                double runMedian = median(run, rounds > 1 ? 1 : 0);
                double measureMedian = median(measure, rounds > 1 ? 1 : 0);
                System.out.printf(
                        "| %s | %s | %.3f | %.3f | %.0f%% |%n",
                        id, level.id(), runMedian, measureMedian, 100 * measureMedian / runMedian);
            }
        }
    }

    private static double median(double[] values, int skip) {
        double[] kept = Arrays.copyOfRange(values, skip, values.length);
        Arrays.sort(kept);
        return kept.length % 2 == 1 ? kept[kept.length / 2] : (kept[kept.length / 2 - 1] + kept[kept.length / 2]) / 2;
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
