package dev.setpoint.core.resolve;

import dev.setpoint.core.estimate.Estimate;
import dev.setpoint.core.merge.Conflict;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of applying presets to a template: for every final parameter, in the template's input
 * order, its value and where it came from; the merge conflicts met on the way, and the estimate.
 */
public record ApplyResult(
        Template template,
        ResolvedQuality quality,
        Map<String, Provenance> provenance,
        List<Conflict> conflicts,
        Estimate estimate) {

    /** The key of STORY-050's quality metadata in the parameter object. */
    public static final String QUALITY_KEY = "_quality_preset";

    public ApplyResult {
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        conflicts = List.copyOf(conflicts);
    }

    /**
     * The final parameters in the template's input order: a read-only view over {@link #provenance()},
     * which holds every value once, so a result kept in a cache costs one map, not two.
     */
    public Map<String, Value> parameters() {
        return new ParameterView(provenance);
    }

    /** STORY-050's {@code _quality_preset}: id, name, level, estimated_time (s), estimated_cost. */
    public Value.Obj qualityMetadata() {
        Map<String, Value> meta = new LinkedHashMap<>();
        meta.put("id", Value.of(quality.preset().id()));
        meta.put("name", Value.of(quality.preset().name()));
        meta.put("level", Value.of(quality.level()));
        meta.put("estimated_time", rounded(estimate.expectedSeconds(), 2));
        meta.put("estimated_cost", rounded(estimate.cost(), 6));
        return new Value.Obj(meta);
    }

    /** The final parameters followed by {@code _quality_preset}, as STORY-050's apply returns them. */
    public Value.Obj toValue() {
        Map<String, Value> out = new LinkedHashMap<>(parameters());
        out.put(QUALITY_KEY, qualityMetadata());
        return new Value.Obj(out);
    }

    /** Rounded to {@code scale} decimals, trailing zeros dropped but one kept: 9.0, 0.008. */
    static Value rounded(double n, int scale) {
        BigDecimal r =
                BigDecimal.valueOf(n).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return Value.of(r.scale() < 1 ? r.setScale(1) : r);
    }
}
