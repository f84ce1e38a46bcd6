package dev.setpoint.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import org.junit.jupiter.api.Test;

class EstimatorTest {

    private static final Template IMAGE = TemplateRegistry.builtin().resolve("sd-image");

    @Test
    void timeAndCostFollowTheSeedsMultipliers() {
        Estimate draft = Estimator.estimate(IMAGE, QualityCatalog.builtin().resolve("draft"));
        Estimate ultra = Estimator.estimate(IMAGE, QualityCatalog.builtin().resolve("ultra"));

        assertThat(draft.expectedSeconds()).isCloseTo(IMAGE.baseExecutionSeconds() * 0.3, within(1e-9));
        assertThat(draft.minSeconds()).isCloseTo(draft.expectedSeconds() * 0.8, within(1e-9));
        assertThat(draft.maxSeconds()).isCloseTo(draft.expectedSeconds() * 1.5, within(1e-9));
        assertThat(ultra.cost()).isCloseTo(IMAGE.baseExecutionSeconds() * IMAGE.costPerSecond() * 4.0, within(1e-12));
    }

    @Test
    void draftScalesResourcesByItsFactorsAndKeepsTheGpuCount() {
        Estimate draft = Estimator.estimate(IMAGE, QualityCatalog.builtin().resolve("draft"));
        Estimate high = Estimator.estimate(IMAGE, QualityCatalog.builtin().resolve("high"));

        assertThat(draft.resources().cpu()).isCloseTo(IMAGE.resources().cpu() * 0.5, within(1e-9));
        assertThat(draft.resources().memory()).isCloseTo(IMAGE.resources().memory() * 0.6, within(1e-9));
        assertThat(draft.resources().vram()).isCloseTo(IMAGE.resources().vram() * 0.7, within(1e-9));
        assertThat(draft.resources().gpu()).isEqualTo(IMAGE.resources().gpu());
        assertThat(high.resources().memory()).isCloseTo(IMAGE.resources().memory() * 1.5, within(1e-9));
    }
}
