package dev.setpoint.core.resolve;

import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to apply: a template, a quality preset with its chain resolved, parameter presets merged in
 * with a strategy (in the order given), and the user's explicit inputs, which always win.
 */
public record ApplyRequest(
        Template template,
        ResolvedQuality quality,
        List<ParameterPreset> presets,
        MergeStrategy strategy,
        Map<String, Value> inputs) {

    public ApplyRequest {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(quality, "quality");
        presets = List.copyOf(presets);
        strategy = strategy == null ? MergeStrategy.UNION : strategy;
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    public static ApplyRequest of(Template template, ResolvedQuality quality, Map<String, Value> inputs) {
        return new ApplyRequest(template, quality, List.of(), MergeStrategy.UNION, inputs);
    }
}
