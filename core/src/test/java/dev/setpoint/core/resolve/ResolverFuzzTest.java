package dev.setpoint.core.resolve;

import static dev.setpoint.core.fuzz.Contract.resultOrProblems;
import static dev.setpoint.core.fuzz.Contract.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.format.PresetCodec;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/**
 * Check, apply and estimate's partial resolution of an apply request written as JSON:
 * {@code {"template": "sd-image", "quality": "high" or a quality preset, "presets": [parameter presets],
 * "merge_strategy": "union", "inputs": {...}}}, the shape of the apply endpoint's body with presets
 * inline. Seeds are in {@code ResolverFuzzTestInputs/}.
 */
class ResolverFuzzTest {

    private static final TemplateRegistry TEMPLATES = TemplateRegistry.builtin();
    private static final Resolver RESOLVER = new Resolver();

    @FuzzTest(maxDuration = "15s")
    @Timeout(30)
    @DictionaryFile(resourcePath = "/dev/setpoint/core/fuzz/apply.dict")
    void anyApplyRequestResolvesOrExplains(byte[] data) {
        resultOrProblems(() -> request(Json.parse(text(data)))).ifPresent(request -> {
            resultOrProblems(() -> RESOLVER.check(request));
            resultOrProblems(() -> RESOLVER.partialParameters(request));
            resultOrProblems(() -> RESOLVER.apply(request))
                    .ifPresent(result -> assertThat(result.parameters().keySet())
                            .containsAll(request.inputs().keySet().stream()
                                    .filter(request.template().inputs()::containsKey)
                                    .toList()));
        });
    }

    private static ApplyRequest request(Value document) {
        Map<String, Value> body = object(document, "");
        Value strategy = body.getOrDefault("merge_strategy", Value.of("union"));
        return new ApplyRequest(
                TEMPLATES.resolve(string(body.get("template"), "/template")),
                quality(body.getOrDefault("quality", Value.of("standard"))),
                presets(body.getOrDefault("presets", Value.arr())),
                MergeStrategy.of(string(strategy, "/merge_strategy")),
                object(body.getOrDefault("inputs", new Value.Obj(Map.of())), "/inputs"));
    }

    private static ResolvedQuality quality(Value quality) {
        if (quality instanceof Value.Str id) {
            return QualityCatalog.builtin().resolve(id.value());
        }
        if (PresetCodec.decode(quality, "/quality") instanceof QualityPreset custom) {
            return QualityCatalog.builtin().resolve(custom);
        }
        throw SetpointException.invalid("/quality", "not a quality preset");
    }

    private static List<ParameterPreset> presets(Value presets) {
        if (!(presets instanceof Value.Arr array)) {
            throw SetpointException.invalid("/presets", "not an array");
        }
        List<ParameterPreset> read = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            Preset preset = PresetCodec.decode(array.items().get(i), "/presets/" + i);
            if (preset instanceof ParameterPreset parameters) {
                read.add(parameters);
            }
        }
        return read;
    }

    private static Map<String, Value> object(Value value, String at) {
        if (value instanceof Value.Obj object) {
            return object.members();
        }
        throw SetpointException.invalid(at, "not an object");
    }

    private static String string(Value value, String at) {
        if (value instanceof Value.Str text) {
            return text.value();
        }
        throw SetpointException.invalid(at, "not a string");
    }
}
