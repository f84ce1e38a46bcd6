package dev.setpoint.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.value.Limits;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityCatalogTest {

    private static CustomPresetBuilder builder(String id) {
        return CustomPresetBuilder.create().id(id).name(id);
    }

    @Test
    void builtinLevelsCarryTheSeedsMultipliersAndScaling() {
        assertThat(BuiltinLevels.ALL)
                .extracting(QualityPreset::id)
                .containsExactly("draft", "standard", "high", "ultra");
        assertThat(BuiltinLevels.DRAFT.timeMultiplier()).isEqualTo(0.3);
        assertThat(BuiltinLevels.DRAFT.resourceMultiplier()).isEqualTo(0.5);
        assertThat(BuiltinLevels.DRAFT.costMultiplier()).isEqualTo(0.25);
        assertThat(BuiltinLevels.DRAFT.resourceScaling())
                .containsEntry("cpu", 0.5)
                .containsEntry("memory", 0.6)
                .containsEntry("gpu_memory", 0.7);
        assertThat(BuiltinLevels.HIGH.timeMultiplier()).isEqualTo(2.5);
        assertThat(BuiltinLevels.ULTRA.costMultiplier()).isEqualTo(4.0);
        assertThat(BuiltinLevels.ULTRA.parametersFor("image_generation"))
                .containsEntry("steps", Value.of(100))
                .containsEntry("sampler", Value.of("dpm++_3m_sde_karras"))
                .containsEntry("hr_steps", Value.of(20))
                .containsEntry("enable_refinement", Value.TRUE);
        assertThat(BuiltinLevels.ULTRA.parameters()).containsOnlyKeys("image_generation");
        assertThat(BuiltinLevels.HIGH.parameters()).containsOnlyKeys("image_generation", "video_generation");
    }

    @Test
    void resolvedValuesPerFunctionTypeNameThePresetThatSetEach() {
        QualityPreset crisp = builder("crisp")
                .basedOn("ultra")
                .parameters("image_generation", Map.of("steps", Value.of(120)))
                .parameters("video_generation", Map.of("fps", Value.of(60)))
                .build();
        ResolvedQuality resolved = QualityCatalog.builtin().with(List.of(crisp)).resolve("crisp");

        assertThat(resolved.parameters("image_generation"))
                .containsEntry("steps", new ResolvedQuality.Setting(Value.of(120), "crisp"))
                .containsEntry("hr_steps", new ResolvedQuality.Setting(Value.of(20), "ultra"));
        // Ultra defines no video: high's values stand under it, as the resolver takes them.
        assertThat(resolved.parameters("video_generation"))
                .containsEntry("fps", new ResolvedQuality.Setting(Value.of(60), "crisp"))
                .containsEntry("frames", new ResolvedQuality.Setting(Value.of(90), "high"));
        assertThat(resolved.parameters("text_generation")).isEmpty();
    }

    @Test
    void customOnCustomOnBuiltinInheritsAlongTheWholeChain() {
        QualityPreset crisp = builder("crisp")
                .basedOn("high")
                .costMultiplier(3.0)
                .parameters("image_generation", Map.of("steps", Value.of(60)))
                .build();
        QualityPreset crisper = builder("crisper")
                .basedOn("crisp")
                .resourceScaling("gpu_memory", 1.2)
                .build();
        ResolvedQuality resolved =
                QualityCatalog.builtin().with(List.of(crisp, crisper)).resolve("crisper");

        assertThat(resolved.chain()).extracting(QualityPreset::id).containsExactly("high", "crisp", "crisper");
        assertThat(resolved.level()).isEqualTo(3);
        assertThat(resolved.timeMultiplier()).isEqualTo(2.5);
        assertThat(resolved.costMultiplier()).isEqualTo(3.0);
        assertThat(resolved.resourceScaling()).containsEntry("gpu_memory", 1.2);
    }

    @Test
    void anExplicitMultiplierOfOneWinsOverTheBase() {
        QualityPreset plain =
                builder("plain").basedOn("ultra").timeMultiplier(1.0).build();

        ResolvedQuality resolved = QualityCatalog.builtin().resolve(plain);

        assertThat(resolved.timeMultiplier()).isEqualTo(1.0);
        assertThat(resolved.costMultiplier()).isEqualTo(4.0);
    }

    @Test
    void aCustomPresetWithoutBaseStandsOnTheBuiltinOfItsLevel() {
        QualityPreset noBase = builder("nobase").build();
        QualityPreset leveled = builder("leveled").level(1).build();
        QualityCatalog catalog = QualityCatalog.builtin().with(List.of(noBase, leveled));

        assertThat(catalog.resolve("nobase").root().id()).isEqualTo("standard");
        assertThat(catalog.resolve("leveled").root().id()).isEqualTo("draft");
    }

    @Test
    void anInheritanceCycleIsRejectedNamingThePath() {
        QualityPreset a = builder("a").basedOn("b").build();
        QualityPreset b = builder("b").basedOn("a").build();
        QualityCatalog catalog = QualityCatalog.builtin().with(List.of(a, b));

        assertThatThrownBy(() -> catalog.resolve("a"))
                .isInstanceOf(SetpointException.class)
                .hasMessageContaining("inheritance cycle: a -> b -> a");
    }

    @Test
    void aChainDeeperThanTheLimitIsRejected() {
        List<QualityPreset> chain = new ArrayList<>();
        chain.add(builder("p0").basedOn("draft").build());
        for (int i = 1; i <= Limits.MAX_INHERITANCE_DEPTH + 1; i++) {
            chain.add(builder("p" + i).basedOn("p" + (i - 1)).build());
        }
        QualityCatalog catalog = QualityCatalog.builtin().with(chain);

        assertThat(catalog.resolve("p" + (Limits.MAX_INHERITANCE_DEPTH - 1)).chain())
                .hasSize(Limits.MAX_INHERITANCE_DEPTH + 1);
        assertThatThrownBy(() -> catalog.resolve("p" + (Limits.MAX_INHERITANCE_DEPTH + 1)))
                .hasMessageContaining("deeper than " + Limits.MAX_INHERITANCE_DEPTH);
    }

    @Test
    void aMissingBaseIsNotFound() {
        QualityPreset orphan = builder("orphan").basedOn("nowhere").build();

        assertThatThrownBy(() -> QualityCatalog.builtin().resolve(orphan))
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(SetpointException.Kind.NOT_FOUND))
                .hasMessageContaining("'nowhere'");
    }

    @Test
    void aLevelThatContradictsTheBaseIsRejected() {
        QualityPreset odd = builder("odd").basedOn("high").level(4).build();

        assertThatThrownBy(() -> QualityCatalog.builtin().resolve(odd))
                .hasMessageContaining("says level 4 but stands on 'high' (level 3)");
    }

    @Test
    void aCustomPresetCannotTakeABuiltinId() {
        QualityPreset fake = builder("high").build();

        assertThatThrownBy(() -> QualityCatalog.builtin().with(List.of(fake)))
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(SetpointException.Kind.CONFLICT));
    }

    @Test
    void theBuilderReportsEveryProblemAtOnce() {
        CustomPresetBuilder bad = CustomPresetBuilder.create(() -> "custom_1")
                .name(" ")
                .timeMultiplier(-1)
                .parameters("sound", Map.of("x", Value.of(1)))
                .resourceScaling("disk", 2);

        assertThatThrownBy(bad::build)
                .isInstanceOfSatisfying(
                        SetpointException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.path())
                                .containsExactlyInAnyOrder(
                                        "/name", "/time_multiplier", "/parameters/sound", "/resource_scaling/disk"));
    }

    @Test
    void theBuilderTakesIdsFromTheInjectedGenerator() {
        QualityPreset preset =
                CustomPresetBuilder.create(() -> "custom_0001").name("Mine").build();

        assertThat(preset.id()).isEqualTo("custom_0001");
        assertThat(preset.system()).isFalse();
        assertThat(preset.timeMultiplier()).isNull();
    }
}
