package dev.setpoint.bench;

import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.CustomPresetBuilder;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The templates, preset chains and parameter presets the benchmarks and the heap measurement share. */
final class Fixtures {

    static final Template IMAGE = TemplateRegistry.builtin().resolve("sd-image");
    static final Template VIDEO = TemplateRegistry.builtin().resolve("text-to-video");

    /**
     * Two custom presets on ultra for video: ultra defines no video parameters, so the level layer
     * falls back to high's, then the template's ultra mapping, then both custom links.
     */
    static final QualityCatalog CATALOG = QualityCatalog.builtin()
            .with(List.of(
                    custom("cinematic", "ultra", "video_generation", Map.of("steps", Value.of(60))),
                    custom("cinematic-long", "cinematic", "video_generation", Map.of("frames", Value.of(240))),
                    custom(
                            "crisp",
                            "high",
                            "image_generation",
                            ordered("steps", Value.of(64), "sampler", Value.of("euler"))),
                    custom("crisp-wide", "crisp", "image_generation", Map.of("width", Value.of(1024)))));

    /** Two parameter presets whose every candidate fits sd-image. */
    static final List<ParameterPreset> IMAGE_PRESETS = List.of(
            parameterPreset(
                    "Sampler sweep",
                    ordered(
                            "sampler", List.of(Value.of("euler_a"), Value.of("ddim"), Value.of("dpm++_2m")),
                            "steps", List.of(Value.of(20), Value.of(30), Value.of(40)))),
            parameterPreset(
                    "Square sizes",
                    ordered(
                            "width", List.of(Value.of(512), Value.of(768)),
                            "height", List.of(Value.of(512), Value.of(768)),
                            "cfg_scale", List.of(Value.of(6.5), Value.of(7.5)))));

    private Fixtures() {}

    static Map<String, Value> prompt(String text) {
        return Map.of("prompt", Value.of(text));
    }

    static ApplyRequest imageAtHigh() {
        return ApplyRequest.of(IMAGE, CATALOG.resolve("high"), prompt("a lighthouse at dusk, oil painting"));
    }

    static ApplyRequest videoOnCustomChain() {
        return ApplyRequest.of(VIDEO, CATALOG.resolve("cinematic-long"), prompt("waves breaking on a rocky shore"));
    }

    static ApplyRequest imageChainWithPresets() {
        return new ApplyRequest(
                IMAGE,
                CATALOG.resolve("crisp-wide"),
                IMAGE_PRESETS,
                MergeStrategy.UNION,
                prompt("a lighthouse at dusk, oil painting"));
    }

    private static QualityPreset custom(String id, String base, String type, Map<String, Value> parameters) {
        return CustomPresetBuilder.create()
                .id(id)
                .name(id)
                .basedOn(base)
                .parameters(type, parameters)
                .build();
    }

    /** A map in the order written ({@code Map.of} iterates in a per-JVM random order). */
    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... keyThenValue) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keyThenValue.length; i += 2) {
            map.put((String) keyThenValue[i], (V) keyThenValue[i + 1]);
        }
        return map;
    }

    static ParameterPreset parameterPreset(String name, Map<String, List<Value>> parameters) {
        return new ParameterPreset(null, name, null, null, null, parameters, false, null);
    }
}
