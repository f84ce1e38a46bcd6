package dev.setpoint.core.preset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.compat.CompatibilityChecker;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.template.Resources;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class TuningPresetsTest {

    @Test
    void eachTuningPresetFitsTheTemplateItIsRecommendedForAtEveryLevel() {
        for (ParameterPreset preset : TuningPresets.ALL) {
            Template template = TemplateRegistry.builtin()
                    .resolve(preset.metadata().recommendedFor().get(0));
            for (String level : List.of("draft", "standard", "high", "ultra")) {
                assertThat(new CompatibilityChecker(Resources.DEFAULT_LIMITS)
                                .check(template, QualityCatalog.builtin().resolve(level), List.of(preset))
                                .reasons())
                        .as(preset.name() + " on " + template.ref() + " at " + level)
                        .isEmpty();
            }
        }
    }

    @Test
    void eachTuningPresetIsAGridOfAFewMinutesNotTruncatedByADefaultBudget() {
        assertThat(TuningPresets.ALL).allSatisfy(preset -> {
            long grid =
                    preset.parameters().values().stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
            assertThat(grid).as(preset.name()).isBetween(40L, 120L);
            assertThat(preset.system()).isTrue();
            assertThat(preset.metadata().tags()).contains("tuning");
        });
    }

    @Test
    void theTuningPresetsAreNotAmongTheSeedsEngineTuningPresets() {
        assertThat(SystemParameterPresets.ALL).doesNotContainAnyElementsOf(TuningPresets.ALL);
        assertThat(TuningPresets.ALL)
                .extracting(ParameterPreset::id)
                .containsExactly("x264-speed-and-quality", "image-sampler-sweep");
    }
}
