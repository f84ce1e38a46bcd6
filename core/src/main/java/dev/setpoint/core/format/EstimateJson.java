package dev.setpoint.core.format;

import dev.setpoint.core.estimate.Estimate;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An estimate as {@code POST /api/estimate} answers it and {@code setpoint estimate --json} prints
 * it; {@code /api/apply}'s {@code estimate} is its figures alone. Times are seconds, memory and vram
 * GiB, cost in cost units, each as exact as core's {@code Figures} keeps it.
 */
public final class EstimateJson {

    private EstimateJson() {}

    /** The estimate of a run of {@code template} (a ref) at a quality preset and its level. */
    public static Value.Obj encode(String template, String quality, int level, Estimate estimate) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("template", Value.of(template));
        out.put("quality", Value.of(quality));
        out.put("level", Value.of(level));
        out.putAll(figures(estimate).members());
        return new Value.Obj(out);
    }

    /** Time with its range, cost, scaled resources, and what the estimate stands on. */
    public static Value.Obj figures(Estimate estimate) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("expected_seconds", Value.of(estimate.expectedSeconds()));
        out.put("min_seconds", Value.of(estimate.minSeconds()));
        out.put("max_seconds", Value.of(estimate.maxSeconds()));
        out.put("cost", Value.of(estimate.cost()));
        out.put("resources", TemplateJson.resources(estimate.resources()));
        out.put("basis", Value.of(estimate.basis().id()));
        out.put("runs_used", Value.of(estimate.runsUsed()));
        return new Value.Obj(out);
    }
}
