package dev.setpoint.core.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.SystemParameterPresets;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.ApplyResult;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.resolve.Source;
import dev.setpoint.core.template.Resources;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed's four system presets against the two inference engine templates. */
class EngineTemplatesTest {

    private static final Template SGLANG = TemplateRegistry.builtin().resolve("sglang-server");
    private static final Template VLLM = TemplateRegistry.builtin().resolve("vllm-server");
    private static final Map<String, Value> MODEL = Map.of("model", Value.of("Qwen/Qwen2.5-7B-Instruct"));

    private final CompatibilityChecker checker = new CompatibilityChecker(Resources.DEFAULT_LIMITS);

    private Compatibility check(Template template, List<ParameterPreset> presets) {
        return checker.check(template, QualityCatalog.builtin().resolve("standard"), presets);
    }

    private static ApplyRequest request(Template template, List<ParameterPreset> presets, Map<String, Value> inputs) {
        return new ApplyRequest(
                template, QualityCatalog.builtin().resolve("standard"), presets, MergeStrategy.UNION, inputs);
    }

    private static ParameterPreset preset(Map<String, List<Value>> parameters) {
        return new ParameterPreset(null, "Mine", "", null, null, parameters, false, Metadata.EMPTY);
    }

    @Test
    void everySystemPresetFitsTheSglangServerUnderItsOwnNames() {
        for (ParameterPreset preset : SystemParameterPresets.ALL) {
            assertThat(check(SGLANG, List.of(preset)).reasons())
                    .as(preset.name())
                    .isEmpty();
            preset.parameters()
                    .keySet()
                    .forEach(name ->
                            assertThat(SGLANG.inputs()).as(preset.name()).containsKey(name));
        }
        assertThat(check(SGLANG, SystemParameterPresets.ALL).compatible()).isTrue();
    }

    @Test
    void aSystemPresetResolvesOnTheSglangServerOnceItsCandidatesArePicked() {
        ApplyResult result = new Resolver()
                .apply(request(
                        SGLANG,
                        List.of(SystemParameterPresets.HIGH_THROUGHPUT),
                        Map.of("model", Value.of("m"), "tp-size", Value.of(4))));

        assertThat(result.parameters())
                .containsEntry("tp-size", Value.of(4))
                .containsEntry("mem-fraction-static", Value.of(0.9))
                .containsEntry("schedule-policy", Value.of("fcfs"))
                .containsEntry("enable-mixed-chunking", Value.TRUE)
                .containsEntry("requests", Value.of(64));
    }

    @Test
    void vllmTakesTheSeedsNamesThatHaveAnEquivalentUnderItsOwn() {
        assertThat(check(VLLM, List.of(SystemParameterPresets.MEMORY_EFFICIENT)).reasons())
                .isEmpty();

        ApplyResult result = new Resolver()
                .apply(request(
                        VLLM,
                        List.of(preset(Map.of(
                                "tp-size", List.of(Value.of(2)), "mem-fraction-static", List.of(Value.of(0.8))))),
                        MODEL));

        assertThat(result.parameters())
                .containsEntry("tensor-parallel-size", Value.of(2))
                .containsEntry("gpu-memory-utilization", Value.of(0.8))
                .doesNotContainKeys("tp-size", "mem-fraction-static");
        assertThat(result.provenance().get("tensor-parallel-size").setBy().layer())
                .isEqualTo(Source.PARAMETER_PRESETS);
    }

    @Test
    void anInputUnderTheSeedsNameSetsVllmsInput() {
        ApplyResult result =
                new Resolver().apply(request(VLLM, List.of(), Map.of("model", Value.of("m"), "tp-size", Value.of(4))));

        assertThat(result.parameters()).containsEntry("tensor-parallel-size", Value.of(4));
    }

    @Test
    void aSeedNameCarriesVllmsRangeInItsCheck() {
        Compatibility result = check(VLLM, List.of(preset(Map.of("mem-fraction-static", List.of(Value.of(1.5))))));

        assertThat(result.reasons())
                .extracting(Incompatibility::code, Incompatibility::parameter)
                .containsExactly(tuple("invalid_value", "mem-fraction-static"));
    }

    @Test
    void vllmNamesTheSeedsParametersItHasNothingLikeWithWhy() {
        Compatibility result = check(VLLM, List.of(SystemParameterPresets.HIGH_THROUGHPUT));

        assertThat(result.reasons())
                .extracting(Incompatibility::code, Incompatibility::parameter)
                .containsExactly(
                        tuple("no_equivalent", "schedule-policy"), tuple("no_equivalent", "enable-mixed-chunking"));
        assertThat(result.reasons().get(0).message())
                .isEqualTo("template vllm-server@1.0.0 has no equivalent of 'schedule-policy': vLLM has no"
                        + " cache-aware scheduling like SGLang's lpm, dfs-weight or lof; its scheduling-policy orders"
                        + " requests only by arrival (fcfs) or by their priority");
        assertThat(result.reasons().get(1).message())
                .contains("always puts prefill chunks and decodes in the same batch");
    }

    @Test
    void resolvingASeedParameterVllmLacksIsIncompatibleNamingIt() {
        assertThatThrownBy(() -> new Resolver().apply(request(VLLM, List.of(SystemParameterPresets.BALANCED), MODEL)))
                .isInstanceOfSatisfying(SetpointException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SetpointException.Kind.INCOMPATIBLE);
                    assertThat(e.problems())
                            .singleElement()
                            .satisfies(p -> assertThat(p.path()).isEqualTo("schedule-policy"));
                });
    }

    @Test
    void aNameNeitherEngineKnowsIsAnUnknownParameter() {
        assertThat(check(VLLM, List.of(preset(Map.of("stepz", List.of(Value.of(1))))))
                        .reasons())
                .extracting(Incompatibility::code)
                .containsExactly("unknown_parameter");
    }
}
