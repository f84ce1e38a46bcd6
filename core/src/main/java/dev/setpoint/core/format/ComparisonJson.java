package dev.setpoint.core.format;

import dev.setpoint.core.compare.Comparison;
import dev.setpoint.core.compare.ComparisonAnalysis;
import dev.setpoint.core.compare.LevelAnalysis;
import dev.setpoint.core.compare.LevelResult;
import dev.setpoint.core.compare.LevelRun;
import dev.setpoint.core.compare.OutputLink;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A comparison as {@code GET /api/comparisons/{id}} answers it and {@code setpoint compare --json}
 * prints it: the results, timings and analysis per level, keyed by level in the comparison's order.
 * Figures are written as measured; one that is not known is {@code null}.
 */
public final class ComparisonJson {

    private ComparisonJson() {}

    public static Value.Obj encode(Comparison comparison) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("comparison_id", Value.of(comparison.id()));
        out.put("template_id", Value.of(comparison.templateId()));
        out.put("inputs", comparison.inputs());
        out.put("seed", comparison.seed() == null ? Value.NULL : Value.of(comparison.seed()));
        out.put("batch", Value.of(comparison.batch()));
        out.put("kind", Value.of(comparison.kind()));
        Map<String, Value> results = new LinkedHashMap<>();
        Map<String, Value> timings = new LinkedHashMap<>();
        for (LevelResult result : comparison.results()) {
            results.put(result.level(), result(result));
            timings.put(result.level(), number(result.run().runSeconds()));
        }
        out.put("results", new Value.Obj(results));
        out.put("timings", new Value.Obj(timings));
        out.put("analysis", analysis(comparison.analysis()));
        out.put(
                "metrics",
                Value.arr(
                        comparison.metrics().stream().map(TemplateJson::metric).toList()));
        return new Value.Obj(out);
    }

    /** {@code time_ratios} and each level's figures with its gain per second. */
    public static Value.Obj analysis(ComparisonAnalysis analysis) {
        Map<String, Value> ratios = new LinkedHashMap<>();
        analysis.timeRatios().forEach((level, ratio) -> ratios.put(level, Value.of(ratio)));
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("time_ratios", new Value.Obj(ratios));
        out.put(
                "levels",
                Value.arr(analysis.levels().stream().map(ComparisonJson::level).toList()));
        return new Value.Obj(out);
    }

    private static Value result(LevelResult result) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("job_id", Value.of(result.jobId()));
        out.put("status", Value.of(result.status()));
        out.put(
                "outputs",
                Value.arr(result.outputs().stream().map(ComparisonJson::output).toList()));
        Members.putIfSet(out, "error", result.error());
        return new Value.Obj(out);
    }

    private static Value output(OutputLink output) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("name", Value.of(output.name()));
        out.put("media_type", Value.of(output.mediaType()));
        out.put("bytes", Value.of(output.bytes()));
        out.put("url", Value.of(output.url()));
        return new Value.Obj(out);
    }

    private static Value level(LevelAnalysis level) {
        LevelRun run = level.run();
        Map<String, Value> metrics = new LinkedHashMap<>();
        run.metrics().forEach((name, value) -> metrics.put(name, Value.of(value)));
        Map<String, Value> gains = new LinkedHashMap<>();
        level.gainPerSecond().forEach((name, gain) -> gains.put(name, number(gain)));
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("level", Value.of(run.level()));
        out.put("run_seconds", number(run.runSeconds()));
        out.put("cost", number(run.cost()));
        out.put("metrics", new Value.Obj(metrics));
        out.put("gain_per_second", new Value.Obj(gains));
        return new Value.Obj(out);
    }

    private static Value number(@Nullable Double n) {
        return n == null ? Value.NULL : Value.of(n.doubleValue());
    }
}
