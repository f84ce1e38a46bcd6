package dev.setpoint.core.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.preset.InferenceRuntime;
import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.preset.SystemParameterPresets;
import dev.setpoint.core.quality.CustomPresetBuilder;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.template.Resources;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompatibilityCheckerTest {

    private static final Template IMAGE = TemplateRegistry.builtin().resolve("sd-image");
    private static final Template TEXT = TemplateRegistry.builtin().resolve("text-completion");
    private final CompatibilityChecker checker = new CompatibilityChecker(Resources.DEFAULT_LIMITS);

    private static QualityPreset custom(Map<String, Value> imageParams) {
        return CustomPresetBuilder.create()
                .id("c")
                .name("C")
                .basedOn("high")
                .parameters("image_generation", imageParams)
                .build();
    }

    private Compatibility check(Template template, QualityPreset quality, List<ParameterPreset> presets) {
        return checker.check(template, QualityCatalog.builtin().resolve(quality), presets);
    }

    @Test
    void everyBuiltinLevelFitsEveryShippedTemplate() {
        for (Template template : TemplateRegistry.builtin().list()) {
            for (String level : List.of("draft", "standard", "high", "ultra")) {
                assertThat(checker.check(template, QualityCatalog.builtin().resolve(level), List.of())
                                .reasons())
                        .as(template.id() + " " + level)
                        .isEmpty();
            }
        }
    }

    @Test
    void unknownParametersWrongTypesEnumsAndRangesAreAllReported() {
        QualityPreset bad = custom(Map.of(
                "stepz",
                Value.of(10),
                "steps",
                Value.of("many"),
                "sampler",
                Value.of("heun"),
                "cfg_scale",
                Value.of(99),
                "width",
                Value.of(513)));

        Compatibility result = check(IMAGE, bad, List.of());

        assertThat(result.compatible()).isFalse();
        assertThat(result.reasons())
                .extracting(Incompatibility::code, Incompatibility::parameter)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("unknown_parameter", "stepz"),
                        org.assertj.core.groups.Tuple.tuple("invalid_value", "steps"),
                        org.assertj.core.groups.Tuple.tuple("invalid_value", "sampler"),
                        org.assertj.core.groups.Tuple.tuple("invalid_value", "cfg_scale"),
                        org.assertj.core.groups.Tuple.tuple("invalid_value", "width"));
        assertThat(result.reasons())
                .extracting(Incompatibility::message)
                .anySatisfy(m -> assertThat(m).contains("\"heun\" is not one of"))
                .anySatisfy(m -> assertThat(m).contains("513 is not a multiple of 8"));
    }

    @Test
    void aValueProblemSitsAtItsParameterAndNamesThePresetAfterTheMessage() {
        Incompatibility steps =
                new Incompatibility("invalid_value", "custom_crisp", "steps", "-5 is below the minimum 1");
        Incompatibility category =
                new Incompatibility("category_mismatch", "custom_crisp", "", "is for video_generation");

        assertThat(steps.toProblem())
                .isEqualTo(new dev.setpoint.core.Problem("steps", "-5 is below the minimum 1 (from custom_crisp)"));
        assertThat(category.toProblem())
                .isEqualTo(new dev.setpoint.core.Problem("", "custom_crisp: is for video_generation"));
    }

    @Test
    void aPresetForAnotherCategoryIsACategoryMismatch() {
        QualityPreset audioOnly = CustomPresetBuilder.create()
                .id("a")
                .name("A")
                .category("audio_generation")
                .build();

        assertThat(check(IMAGE, audioOnly, List.of()).reasons())
                .extracting(Incompatibility::code)
                .containsExactly("category_mismatch");
    }

    @Test
    void aRuntimePresetNeedsATemplateOfThatRuntime() {
        ParameterPreset vllm = new ParameterPreset(
                null,
                "On vLLM",
                null,
                null,
                InferenceRuntime.VLLM,
                Map.of("max_tokens", List.of(Value.of(64))),
                false,
                Metadata.EMPTY);
        ParameterPreset sglang = new ParameterPreset(
                null,
                "On SGLang",
                null,
                null,
                InferenceRuntime.SGLANG,
                Map.of("max_tokens", List.of(Value.of(64))),
                false,
                Metadata.EMPTY);
        QualityPreset standard = QualityCatalog.builtin().get("standard");

        assertThat(check(TEXT, standard, List.of(vllm)).reasons())
                .extracting(Incompatibility::code)
                .containsExactly("runtime_mismatch");
        assertThat(check(TEXT, standard, List.of(sglang)).compatible()).isTrue();
    }

    @Test
    void engineTuningPresetsDoNotFitAnImageTemplate() {
        Compatibility result =
                check(IMAGE, QualityCatalog.builtin().get("standard"), List.of(SystemParameterPresets.HIGH_THROUGHPUT));

        assertThat(result.reasons())
                .extracting(Incompatibility::parameter)
                .containsExactly("tp-size", "mem-fraction-static", "schedule-policy", "enable-mixed-chunking");
    }

    @Test
    void onePresetIsJudgedOnItsOwnWithoutTheQualitysReasons() {
        ParameterPreset steps = new ParameterPreset(
                null,
                "Steps",
                null,
                null,
                null,
                Map.of("steps", List.of(Value.of(20), Value.of(500))),
                false,
                Metadata.EMPTY);

        assertThat(CompatibilityChecker.checkPreset(IMAGE, SystemParameterPresets.BALANCED)
                        .reasons())
                .extracting(Incompatibility::code, Incompatibility::parameter)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("unknown_parameter", "tp-size"),
                        org.assertj.core.groups.Tuple.tuple("unknown_parameter", "mem-fraction-static"),
                        org.assertj.core.groups.Tuple.tuple("unknown_parameter", "schedule-policy"));
        assertThat(CompatibilityChecker.checkPreset(IMAGE, steps).reasons())
                .extracting(Incompatibility::code, Incompatibility::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("invalid_value", "500 is above the maximum 150"));
        assertThat(CompatibilityChecker.checkPreset(TEXT, SystemParameterPresets.BALANCED)
                        .compatible())
                .isFalse();
    }

    @Test
    void scaledResourcesBeyondTheLimitsAreReported() {
        QualityPreset hungry = CustomPresetBuilder.create()
                .id("h")
                .name("H")
                .basedOn("ultra")
                .resourceScaling("gpu_memory", 12.0)
                .build();

        Compatibility result = check(IMAGE, hungry, List.of());

        assertThat(result.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("resources_exceeded");
            assertThat(r.parameter()).isEqualTo("vram");
            assertThat(r.message()).contains("needs 96.00 GiB of vram; the limit is 80.00");
        });
    }
}
