package dev.setpoint.store;

import dev.setpoint.core.preset.InferenceRuntime;
import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.CustomPresetBuilder;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Presets for store tests. */
final class Samples {

    private Samples() {}

    static ParameterPreset parameter(String name) {
        return parameter(name, "perf", InferenceRuntime.SGLANG, "tuned for tests");
    }

    static ParameterPreset parameter(String name, String category, InferenceRuntime runtime, String description) {
        Map<String, List<Value>> parameters = new LinkedHashMap<>();
        parameters.put("tp-size", List.of(Value.of(2), Value.of(4)));
        parameters.put("mem-fraction-static", List.of(Value.of(0.8)));
        return new ParameterPreset(
                null, name, description, category, runtime, parameters, false, Metadata.of("tester", List.of("test")));
    }

    static QualityPreset quality(String id, String name, String base) {
        CustomPresetBuilder builder = CustomPresetBuilder.create()
                .id(id)
                .name(name)
                .parameters("image_generation", Map.of("steps", Value.of(42)));
        return (base == null ? builder : builder.basedOn(base)).build();
    }
}
