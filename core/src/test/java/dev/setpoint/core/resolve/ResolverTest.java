package dev.setpoint.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.CustomPresetBuilder;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolverTest {

    private static final Template IMAGE = TemplateRegistry.builtin().resolve("sd-image");
    private static final Template VIDEO = TemplateRegistry.builtin().resolve("text-to-video");
    private static final Template AUDIO = TemplateRegistry.builtin().resolve("text-to-audio");
    private static final Template TEXT = TemplateRegistry.builtin().resolve("text-completion");
    private static final Map<String, Value> PROMPT = Map.of("prompt", Value.of("a lighthouse at dusk"));

    private final Resolver resolver = new Resolver();

    private ApplyResult apply(Template template, String level, Map<String, Value> inputs) {
        return resolver.apply(ApplyRequest.of(template, QualityCatalog.builtin().resolve(level), inputs));
    }

    private ApplyResult apply(Template template, QualityPreset custom, Map<String, Value> inputs) {
        return resolver.apply(ApplyRequest.of(template, QualityCatalog.builtin().resolve(custom), inputs));
    }

    private static Map<String, Value> with(Map<String, Value> base, String name, Value value) {
        Map<String, Value> inputs = new LinkedHashMap<>(base);
        inputs.put(name, value);
        return inputs;
    }

    @Test
    void theLevelsParametersOverrideTemplateDefaults() {
        ApplyResult result = apply(IMAGE, "high", PROMPT);

        assertThat(result.parameters())
                .containsEntry("steps", Value.of(50))
                .containsEntry("cfg_scale", Value.of(8.0))
                .containsEntry("sampler", Value.of("dpm++_2m_karras"))
                .containsEntry("enable_hr_fix", Value.TRUE);
        Provenance steps = result.provenance().get("steps");
        assertThat(steps.setBy()).isEqualTo(new Source(Source.QUALITY_LEVEL, "high"));
        assertThat(steps.overrode())
                .extracting(Provenance.Overridden::source)
                .extracting(Source::layer)
                .containsExactly(Source.TEMPLATE_DEFAULT);
    }

    @Test
    void partialParametersAreTheAppliedOnesWithoutTheMissingRequiredPrompt() {
        Map<String, Value> reference = resolver.partialParameters(
                ApplyRequest.of(IMAGE, QualityCatalog.builtin().resolve("high"), Map.of()));
        Map<String, Value> applied =
                new LinkedHashMap<>(apply(IMAGE, "high", PROMPT).parameters());
        applied.remove("prompt");

        assertThat(reference).doesNotContainKey("prompt").isEqualTo(applied);
    }

    @Test
    void explicitInputsWinOverEveryLayerAndEveryRule() {
        Map<String, Value> inputs = with(with(PROMPT, "sampler", Value.of("euler")), "steps", Value.of(7));

        ApplyResult result = apply(IMAGE, "ultra", inputs);

        assertThat(result.parameters())
                .containsEntry("sampler", Value.of("euler"))
                .containsEntry("steps", Value.of(7));
        assertThat(result.provenance().get("sampler").setBy().layer()).isEqualTo(Source.INPUT);
        assertThat(result.provenance().get("sampler").rules()).isEmpty();
    }

    @Test
    void aCustomPresetChainSitsBetweenTheLevelAndTheInputs() {
        QualityPreset mine = CustomPresetBuilder.create()
                .id("mine")
                .name("Mine")
                .basedOn("high")
                .parameters("image_generation", Map.of("steps", Value.of(64), "sampler", Value.of("euler")))
                .build();

        ApplyResult result = apply(IMAGE, mine, PROMPT);

        assertThat(result.parameters()).containsEntry("steps", Value.of(64));
        assertThat(result.provenance().get("steps").setBy()).isEqualTo(new Source(Source.CUSTOM_PRESET, "mine"));
        assertThat(result.provenance().get("steps").overrode())
                .extracting(Provenance.Overridden::value)
                .containsExactly(Value.of(30), Value.of(50));
        // The seed's rule: level 3 and above upgrade euler.
        assertThat(result.parameters()).containsEntry("sampler", Value.of("dpm++_2m_karras"));
        assertThat(result.provenance().get("sampler").rules())
                .extracting(Provenance.RuleChange::rule)
                .containsExactly("image.sampler_upgrade");
    }

    @Test
    void aLayerThatSetsTheValueItAlreadyHasOverridesNothing() {
        // high sets steps 50 over the default 30; the custom preset and the input set 50 again.
        QualityPreset same = CustomPresetBuilder.create()
                .id("same")
                .name("Same")
                .basedOn("high")
                .parameters("image_generation", Map.of("steps", Value.of(50)))
                .build();

        ApplyResult result = apply(IMAGE, same, with(PROMPT, "steps", Value.of(50)));

        Provenance steps = result.provenance().get("steps");
        assertThat(steps.setBy()).isEqualTo(new Source(Source.INPUT, "inputs"));
        assertThat(steps.overrode())
                .containsExactly(
                        new Provenance.Overridden(new Source(Source.TEMPLATE_DEFAULT, "sd-image@1.0.0"), Value.of(30)));
    }

    @Test
    void highLevelsTurnSlicingOffAndStandardKeepsIt() {
        assertThat(apply(IMAGE, "high", PROMPT).parameters())
                .containsEntry("enable_attention_slicing", Value.FALSE)
                .containsEntry("enable_vae_slicing", Value.FALSE);
        assertThat(apply(IMAGE, "standard", PROMPT).parameters())
                .containsEntry("enable_attention_slicing", Value.TRUE)
                .containsEntry("enable_vae_slicing", Value.TRUE);
    }

    @Test
    void aWideImageRaisesCfgScaleByHalf() {
        QualityPreset wide = CustomPresetBuilder.create()
                .id("wide")
                .name("Wide")
                .parameters("image_generation", Map.of("width", Value.of(1280)))
                .build();

        ApplyResult result = apply(IMAGE, wide, PROMPT);

        assertThat(result.parameters()).containsEntry("cfg_scale", Value.of(8.0));
        assertThat(result.provenance().get("cfg_scale").rules())
                .extracting(Provenance.RuleChange::rule)
                .containsExactly("image.cfg_wide");
    }

    @Test
    void draftScalesResolutionToTheTemplatesMultipleButNotExplicitSizes() {
        ApplyResult scaled = apply(IMAGE, "draft", PROMPT);
        ApplyResult explicit = apply(IMAGE, "draft", with(PROMPT, "width", Value.of(640)));

        assertThat(scaled.parameters())
                .containsEntry("width", Value.of(384))
                .containsEntry("height", Value.of(384))
                .doesNotContainKey("resolution_scale");
        assertThat(scaled.provenance().get("width").rules())
                .extracting(Provenance.RuleChange::rule)
                .containsExactly("global.resolution_scale");
        assertThat(explicit.parameters()).containsEntry("width", Value.of(640)).containsEntry("height", Value.of(384));
    }

    @Test
    void ultraVideoFallsBackToHighThenTheTemplatesOwnMapping() {
        ApplyResult result = apply(VIDEO, "ultra", PROMPT);

        assertThat(result.provenance().get("motion_quality").setBy().layer()).isEqualTo(Source.TEMPLATE_QUALITY);
        Provenance.Overridden fromLevel =
                result.provenance().get("motion_quality").overrode().get(1);
        assertThat(fromLevel.source().layer()).isEqualTo(Source.QUALITY_LEVEL);
        assertThat(fromLevel.source().name()).startsWith("high (ultra defines no video_generation parameters)");
    }

    @Test
    void audioIterationsScaleWithTheTimeMultiplier() {
        Value standard = apply(AUDIO, "standard", PROMPT).parameters().get("iterations");
        Value draft = apply(AUDIO, "draft", PROMPT).parameters().get("iterations");

        assertThat(((Value.Num) draft).value().intValue())
                .isEqualTo(Math.round(((Value.Num) standard).value().intValue() * 0.3f));
    }

    @Test
    void draftAudioCapsTheBitrateAtItsLowSampleRate() {
        QualityPreset loud = CustomPresetBuilder.create()
                .id("loud")
                .name("Loud")
                .basedOn("draft")
                .parameters("audio_generation", Map.of("bitrate", Value.of(320)))
                .build();

        assertThat(apply(AUDIO, loud, PROMPT).parameters())
                .containsEntry("sample_rate", Value.of(22050))
                .containsEntry("bitrate", Value.of(128));
    }

    @Test
    void greedyTextNeutralisesSamplingFilters() {
        ApplyResult result = apply(TEXT, "standard", with(PROMPT, "temperature", Value.of(0)));

        assertThat(result.parameters()).containsEntry("top_p", Value.of(1.0)).containsEntry("top_k", Value.of(0));
    }

    @Test
    void theSameInputsGiveByteIdenticalOutput() {
        String first = Json.write(apply(IMAGE, "ultra", PROMPT).toValue());
        String second = Json.write(apply(IMAGE, "ultra", PROMPT).toValue());

        assertThat(first).isEqualTo(second);
        assertThat(first).startsWith("{\"prompt\":").endsWith("}}").contains("\"_quality_preset\":{\"id\":\"ultra\"");
    }

    @Test
    void applyingTheResultAgainChangesNothing() {
        for (String level : List.of("draft", "standard", "high", "ultra")) {
            ApplyResult once = apply(IMAGE, level, PROMPT);
            ApplyResult twice = apply(IMAGE, level, once.parameters());
            assertThat(twice.parameters()).as(level).isEqualTo(once.parameters());
        }
    }

    @Test
    void qualityMetadataCarriesTheSeedsEstimate() {
        Value.Obj meta = apply(IMAGE, "high", PROMPT).qualityMetadata();

        double expected = IMAGE.baseExecutionSeconds() * 2.5;
        assertThat(meta.members())
                .containsEntry("id", Value.of("high"))
                .containsEntry("level", Value.of(3))
                .containsEntry("estimated_time", Value.of(expected));
    }

    @Test
    void anIncompatibleCustomPresetListsEveryReason() {
        QualityPreset wrong = CustomPresetBuilder.create()
                .id("wrong")
                .name("Wrong")
                .category("audio_generation")
                .parameters("image_generation", Map.of("stepz", Value.of(10), "steps", Value.of(1000)))
                .build();

        assertThatThrownBy(() -> apply(IMAGE, wrong, PROMPT)).isInstanceOfSatisfying(SetpointException.class, e -> {
            assertThat(e.kind()).isEqualTo(SetpointException.Kind.INCOMPATIBLE);
            assertThat(e.problems()).hasSize(3);
        });
    }

    @Test
    void anIncompatiblePresetHasNoPartialParametersEither() {
        QualityPreset wrong = CustomPresetBuilder.create()
                .id("wrong")
                .name("Wrong")
                .category("audio_generation")
                .parameters("image_generation", Map.of("stepz", Value.of(10)))
                .build();

        assertThatThrownBy(() -> resolver.partialParameters(
                        ApplyRequest.of(IMAGE, QualityCatalog.builtin().resolve(wrong), Map.of())))
                .isInstanceOfSatisfying(
                        SetpointException.class,
                        e -> assertThat(e.kind()).isEqualTo(SetpointException.Kind.INCOMPATIBLE));
    }

    @Test
    void unknownInputsAndMissingRequiredInputsAreReported() {
        Map<String, Value> inputs = new LinkedHashMap<>();
        inputs.put("stepz", Value.of(3));
        inputs.put("steps", Value.of(9999));
        assertThatThrownBy(() -> apply(IMAGE, "standard", inputs))
                .isInstanceOfSatisfying(
                        SetpointException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.path()).containsExactly("stepz", "steps"));
        assertThatThrownBy(() -> apply(IMAGE, "standard", Map.of())).hasMessageContaining("prompt: is required");
    }

    @Test
    void mergedParameterPresetsAreALayerBelowInputs() {
        ParameterPreset fast = new ParameterPreset(
                null, "Fast", null, null, null, Map.of("steps", List.of(Value.of(12))), false, Metadata.EMPTY);
        ParameterPreset wide = new ParameterPreset(
                null,
                "Wide",
                null,
                null,
                null,
                Map.of("steps", List.of(Value.of(20)), "width", List.of(Value.of(768), Value.of(1024))),
                false,
                Metadata.EMPTY);
        ApplyRequest ambiguous = new ApplyRequest(
                IMAGE,
                QualityCatalog.builtin().resolve("standard"),
                List.of(fast, wide),
                MergeStrategy.LAST_WINS,
                PROMPT);
        ApplyRequest chosen = new ApplyRequest(
                IMAGE,
                QualityCatalog.builtin().resolve("standard"),
                List.of(fast, wide),
                MergeStrategy.LAST_WINS,
                with(PROMPT, "width", Value.of(768)));

        assertThatThrownBy(() -> resolver.apply(ambiguous)).hasMessageContaining("width: the merged presets leave 2");
        ApplyResult result = resolver.apply(chosen);
        assertThat(result.parameters()).containsEntry("steps", Value.of(20)).containsEntry("width", Value.of(768));
        assertThat(result.provenance().get("steps").setBy().layer()).isEqualTo(Source.PARAMETER_PRESETS);
        assertThat(result.conflicts()).hasSize(1);
    }

    @Test
    void everyBuiltinLevelGivesACompleteValidSetForEveryShippedTemplate() {
        for (Template template : TemplateRegistry.builtin().list()) {
            for (String level : List.of("draft", "standard", "high", "ultra")) {
                ApplyResult result =
                        apply(template, level, template.inputs().containsKey("prompt") ? PROMPT : Map.of());
                assertThat(result.parameters().keySet())
                        .as(template.id() + " " + level)
                        .containsExactlyElementsOf(template.inputs().keySet());
            }
        }
    }
}
