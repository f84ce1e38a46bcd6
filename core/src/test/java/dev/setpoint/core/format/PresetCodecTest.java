package dev.setpoint.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.preset.InferenceRuntime;
import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.BuiltinLevels;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresetCodecTest {

    static QualityPreset customQuality() {
        Map<String, Map<String, Value>> parameters = new LinkedHashMap<>();
        parameters.put("image_generation", Map.of("steps", Value.of(40)));
        return new QualityPreset(
                "custom_portrait",
                "Portrait",
                "Sharper faces",
                3,
                "high",
                1.0,
                null,
                1.0,
                parameters,
                Map.of("gpu", 1.5),
                "image_generation",
                false,
                new Metadata("ana", List.of("faces"), List.of(), Map.of("team", Value.of("studio"))));
    }

    @Test
    void parameterPresetRoundTripsWithRuntimeAndMetadataExtras() {
        ParameterPreset preset = new ParameterPreset(
                "fast-vllm",
                "Fast vLLM",
                "",
                "performance",
                InferenceRuntime.VLLM,
                Map.of("tp-size", List.of(Value.of(2), Value.of(4))),
                false,
                new Metadata(
                        null, List.of("a"), List.of("llama"), Map.of("source", Value.arr(Value.of(1), Value.NULL))));

        assertThat(roundTrip(preset)).isEqualTo(preset);
    }

    @Test
    void theSeedsMetadataRuntimeAloneIsTheRuntimeAndRoundTripsInPlace() {
        String seed = """
                {"name":"x","parameters":{},"metadata":{"runtime":"vllm"}}""";
        ParameterPreset preset = (ParameterPreset) decode(seed);

        assertThat(preset.runtime()).isEqualTo(InferenceRuntime.VLLM);
        assertThat(Json.write(PresetCodec.encode(preset))).isEqualTo(seed);
    }

    @Test
    void aMetadataRuntimeThatContradictsTheRuntimeIsRefusedNotSilentlyOutvoted() {
        assertThat(problems("""
                {"name": "x", "runtime": "vllm", "parameters": {}, "metadata": {"runtime": "sglang"}}"""))
                .containsExactly(new Problem(
                        "/metadata/runtime",
                        "metadata.runtime is \"sglang\" but runtime is "
                                + "\"vllm\"; give the runtime once, or the same in both"));
        assertThat(problems("""
                {"name": "x", "runtime": null, "parameters": {}, "metadata": {"runtime": "tensorrt"}}""")).extracting(Problem::path).containsExactly("/metadata/runtime");
        assertThatThrownBy(() -> new ParameterPreset(
                        null,
                        "x",
                        null,
                        null,
                        InferenceRuntime.SGLANG,
                        Map.of(),
                        false,
                        new Metadata(null, List.of(), List.of(), Map.of("runtime", Value.of("vllm")))))
                .hasMessageContaining("metadata.runtime is \"vllm\" but runtime is \"sglang\"");
    }

    @Test
    void aMetadataRuntimeThatRestatesTheRuntimeIsKept() {
        ParameterPreset preset = (ParameterPreset) decode("""
                {"name": "x", "runtime": "vllm", "parameters": {}, "metadata": {"runtime": "vllm"}}""");

        assertThat(preset.runtime()).isEqualTo(InferenceRuntime.VLLM);
        assertThat(roundTrip(preset)).isEqualTo(preset);
    }

    @Test
    void qualityPresetRoundTripsKeepingExplicitOneMultipliersAndInheritedNulls() {
        QualityPreset preset = customQuality();

        Value.Obj json = PresetCodec.encode(preset);

        assertThat(json.members())
                .containsEntry("time_multiplier", Value.of(1.0))
                .containsEntry("cost_multiplier", Value.of(1.0))
                .doesNotContainKey("resource_multiplier");
        assertThat(PresetCodec.decode(json)).isEqualTo(preset);
    }

    @Test
    void qualityPresetWithEverythingInheritedRoundTrips() {
        QualityPreset preset = (QualityPreset) decode("""
                {"kind": "quality", "name": "Only a name", "level": null, "time_multiplier": null}""");

        assertThat(preset.level()).isNull();
        assertThat(preset.timeMultiplier()).isNull();
        assertThat(Json.write(PresetCodec.encode(preset)))
                .isEqualTo(
                        "{\"kind\":\"quality\",\"id\":\"custom_only-a-name\",\"name\":\"Only a name\",\"is_custom\":true}");
        assertThat(roundTrip(preset)).isEqualTo(preset);
    }

    @Test
    void qualityPresetWithoutIdGetsADeterministicCustomId() {
        String json = "{\"kind\": \"quality\", \"name\": \"Crème Brûlée\"}";

        assertThat(decode(json).id())
                .isEqualTo("custom_creme-brulee")
                .isEqualTo(decode(json).id());
        assertThat(decode("{\"kind\": \"quality\", \"name\": \"" + "Long ".repeat(40) + "\"}")
                        .id())
                .startsWith("custom_long-long")
                .hasSizeLessThanOrEqualTo(64)
                .doesNotEndWith("-");
    }

    @Test
    void outputMemberOrderIsFixed() {
        ParameterPreset parameter = (ParameterPreset) decode("""
                {"metadata": {"z": 1, "author": "me"}, "parameters": {"b": [1], "a": [2]}, "runtime": "sglang",
                 "category": "c", "description": "d", "name": "n", "id": "i", "kind": "parameter"}""");

        assertThat(Json.write(PresetCodec.encode(parameter)))
                .isEqualTo("{\"id\":\"i\",\"name\":\"n\","
                        + "\"description\":\"d\",\"category\":\"c\",\"runtime\":\"sglang\",\"parameters\":{\"b\":[1],\"a\":[2]},"
                        + "\"metadata\":{\"author\":\"me\",\"z\":1}}");
        assertThat(PresetCodec.encode(customQuality()).members().keySet())
                .containsExactly(
                        "kind",
                        "id",
                        "name",
                        "description",
                        "category",
                        "level",
                        "base_preset",
                        "time_multiplier",
                        "cost_multiplier",
                        "parameters",
                        "resource_scaling",
                        "metadata",
                        "is_custom");
    }

    @Test
    void aQualityPresetSaysWhetherItIsCustomAndInputIgnoresIt() {
        assertThat(PresetCodec.encode(customQuality()).members().get("is_custom"))
                .isEqualTo(Value.TRUE);
        for (QualityPreset builtin : BuiltinLevels.ALL) {
            assertThat(PresetCodec.encode(builtin).members().get("is_custom"))
                    .as(builtin.id())
                    .isEqualTo(Value.FALSE);
        }
        Value.Obj claimed = new Value.Obj(Map.of(
                "kind", Value.of("quality"), "name", Value.of("x"), "is_custom", Value.FALSE, "is_system", Value.TRUE));

        assertThat(PresetCodec.decode(claimed).system()).isFalse();
        assertThat(PresetCodec.encode(PresetCodec.decode(claimed)).members().get("is_custom"))
                .isEqualTo(Value.TRUE);
    }

    @Test
    void isSystemIsIgnoredOnInput() {
        assertThat(decode("{\"name\": \"x\", \"parameters\": {}, \"is_system\": true}")
                        .system())
                .isFalse();
    }

    @Test
    void missingNameIsReportedAtName() {
        assertThat(problems("{\"parameters\": {}}")).containsExactly(new Problem("/name", "Preset must have a name"));
    }

    @Test
    void blankNameIsReportedAtName() {
        assertThat(problems("{\"name\": \"  \", \"parameters\": {}}"))
                .containsExactly(new Problem("/name", "Preset must have a name"));
    }

    @Test
    void parametersThatAreNotAnObjectAreReported() {
        assertThat(problems("{\"name\": \"x\", \"parameters\": [1]}"))
                .containsExactly(new Problem("/parameters", "expected an object, not an array"));
    }

    @Test
    void valueThatIsNotAListUsesTheSeedMessage() {
        assertThat(problems("{\"name\": \"x\", \"parameters\": {\"tp-size\": 2}}"))
                .containsExactly(new Problem("/parameters/tp-size", "Parameter 'tp-size' must be a list"));
    }

    @Test
    void emptyCandidateListIsReported() {
        assertThat(problems("{\"name\": \"x\", \"parameters\": {\"tp-size\": []}}"))
                .containsExactly(new Problem("/parameters/tp-size", "Parameter 'tp-size' cannot be empty"));
    }

    @Test
    void unknownMemberIsReportedWithTheKnownOnes() {
        assertThat(problems("{\"name\": \"x\", \"parameters\": {}, \"categroy\": \"c\"}"))
                .containsExactly(new Problem(
                        "/categroy",
                        "unknown member 'categroy'; expected one of kind, id, "
                                + "name, description, category, runtime, parameters, metadata, is_system"));
    }

    @Test
    void unknownMetadataMembersAreKept() {
        Preset preset = decode("{\"name\": \"x\", \"parameters\": {}, \"metadata\": {\"anything\": {\"goes\": 1}}}");

        assertThat(preset.metadata().extra()).containsOnlyKeys("anything");
    }

    @Test
    void qualityLevelOutOfRangeIsReportedAtLevel() {
        assertThat(problems("{\"kind\": \"quality\", \"name\": \"x\", \"level\": 7}"))
                .containsExactly(new Problem("/level", "level must be 1 (draft) to 4 (ultra), not 7"));
        assertThat(problems("{\"kind\": \"quality\", \"name\": \"x\", \"level\": 1e30}"))
                .extracting(Problem::path)
                .containsExactly("/level");
    }

    @Test
    void badRuntimeIsReportedWhereItIsWritten() {
        assertThat(problems("{\"name\": \"x\", \"parameters\": {}, \"runtime\": \"tensorrt\"}"))
                .containsExactly(new Problem("/runtime", "unknown runtime 'tensorrt'; expected sglang, vllm or none"));
        assertThat(problems("{\"name\": \"x\", \"parameters\": {}, \"metadata\": {\"runtime\": 3}}"))
                .containsExactly(
                        new Problem("/metadata/runtime", "unknown runtime '3'; expected sglang, vllm or none"));
    }

    @Test
    void unknownKindIsReportedAlone() {
        assertThat(problems("{\"kind\": \"qualty\", \"level\": 2}"))
                .containsExactly(new Problem("/kind", "kind must be \"parameter\" or \"quality\", not \"qualty\""));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(problems("""
                {"id": "bad id!", "name": "", "category": 5, "parameters": {"a": 1, "b": [], "c": [1, 1]},
                 "metadata": {"tags": "t"}, "extra": true}"""))
                .extracting(Problem::path)
                .containsExactly(
                        "/category",
                        "/extra",
                        "/id",
                        "/metadata/tags",
                        "/name",
                        "/parameters/a",
                        "/parameters/b",
                        "/parameters/c");
    }

    @Test
    void qualityRulesAndSchemaAreReportedTogether() {
        assertThat(problems("""
                {"kind": "quality", "name": "x", "base_preset": "custom_x", "time_multiplier": -1,
                 "parameters": {"painting": {"steps": 1}}, "resource_scaling": {"disk": 2, "cpu": "a"},
                 "runtime": "vllm"}"""))
                .extracting(Problem::path)
                .containsExactly(
                        "/base_preset",
                        "/parameters/painting",
                        "/resource_scaling/cpu",
                        "/resource_scaling/disk",
                        "/runtime",
                        "/time_multiplier");
    }

    @Test
    void qualityValuesNoBuiltInTemplateAcceptsAreRefusedAtTheirParameter() {
        assertThat(problems("""
                {"kind": "quality", "name": "Crisp", "base_preset": "high",
                 "parameters": {"image_generation": {"steps": -5, "cfg_scale": 0, "resolution_scale": 9},
                                "video_generation": {"fps": 0}}}"""))
                .containsExactly(
                        new Problem("/parameters/image_generation/cfg_scale", "0 is below the minimum 1"),
                        new Problem(
                                "/parameters/image_generation/resolution_scale",
                                "must be a number above 0 and at most 4, not 9"),
                        new Problem("/parameters/image_generation/steps", "-5 is below the minimum 1"),
                        new Problem("/parameters/video_generation/fps", "0 is below the minimum 1"));
        assertThat(problems("""
                {"kind": "quality", "name": "Crisp", "parameters": {"image_generation": {"steps": 0}}}"""))
                .containsExactly(new Problem("/parameters/image_generation/steps", "0 is below the minimum 1"));
    }

    @Test
    void qualityValuesOneBuiltInTemplateAcceptsOrNoneDeclaresAreKept() {
        // sampler_name "Euler a" is a1111-txt2img's, not sd-image's; tp-size belongs to no image template.
        QualityPreset preset = (QualityPreset) decode("""
                {"kind": "quality", "name": "Crisp", "parameters": {"image_generation":
                 {"steps": 150, "sampler_name": "Euler a", "tp-size": 2}}}""");

        assertThat(preset.parametersFor("image_generation")).containsOnlyKeys("steps", "sampler_name", "tp-size");
    }

    @Test
    void problemsArePrefixedWithThePresetLocation() {
        assertThat(problems("{\"name\": \"x\", \"parameters\": {\"a\": 1}, \"nope\": 0}", "/items/2"))
                .extracting(Problem::path)
                .containsExactly("/items/2/nope", "/items/2/parameters/a");
    }

    @Test
    void nonObjectIsReportedAtItsLocation() {
        assertThat(problems("\"x\"", "/preset"))
                .containsExactly(new Problem("/preset", "a preset must be a JSON object, not string"));
    }

    private static Preset roundTrip(Preset preset) {
        return PresetCodec.decode(Json.parse(Json.pretty(PresetCodec.encode(preset))));
    }

    /** Found by Jazzer: the schema validator compared this level with its integer bound as a long and threw. */
    @Test
    void aNumberBeyondALongsRangeIsOutOfRangeNotACrash() {
        assertThat(problems("""
                {"kind": "quality", "name": "Portrait", "level": 92233720368547758081.0,
                 "parameters": {"image_generation": {"steps": 40}}}""")).containsExactly(new Problem("/level", "92233720368547758081.0 is out of range"));
    }

    private static Preset decode(String json) {
        return PresetCodec.decode(Json.parse(json));
    }

    private static List<Problem> problems(String json) {
        return problems(json, "");
    }

    private static List<Problem> problems(String json, String at) {
        try {
            PresetCodec.decode(Json.parse(json), at);
        } catch (SetpointException e) {
            assertThat(e.kind()).isEqualTo(SetpointException.Kind.INVALID);
            return e.problems();
        }
        throw new AssertionError("expected a problem with " + json);
    }

    @Test
    void storedBodiesReadBackWithoutTheSchemaPass() {
        for (Preset preset : dev.setpoint.core.preset.SystemParameterPresets.ALL) {
            Value.Obj stored = PresetCodec.encode(preset);
            assertThat(PresetCodec.decodeStored(stored)).isEqualTo(PresetCodec.decode(stored));
        }
        Value.Obj broken = (Value.Obj) Json.parse("{\"name\":\"x\",\"parameters\":{\"a\":[]}}");
        assertThatThrownBy(() -> PresetCodec.decodeStored(broken)).hasMessageContaining("cannot be empty");
    }
}
