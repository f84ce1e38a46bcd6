package dev.setpoint.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.estimate.Estimate;
import dev.setpoint.core.template.Resources;
import dev.setpoint.core.value.Json;
import org.junit.jupiter.api.Test;

/** Pins the estimate document of {@code /api/estimate} and {@code setpoint estimate --json}, and apply's figures. */
class EstimateJsonTest {

    private static final Estimate DRAFT =
            new Estimate(0.15, 0.12, 0.225, 0.00005, new Resources(1, 4.8, 1, 5.6), Estimate.Basis.MULTIPLIERS, 0);

    @Test
    void anEstimateNamesItsTemplateAndQualityThenGivesItsFiguresAsPlainDecimals() {
        assertThat(Json.write(EstimateJson.encode("sd-image@1.0.0", "draft", 1, DRAFT)))
                .isEqualTo("""
                {"template":"sd-image@1.0.0","quality":"draft","level":1,\
                "expected_seconds":0.15,"min_seconds":0.12,"max_seconds":0.225,"cost":0.00005,\
                "resources":{"cpu":1.0,"memory":4.8,"gpu":1.0,"vram":5.6},\
                "basis":"multipliers","runs_used":0}""");
    }

    @Test
    void applysEstimateIsTheFiguresAlone() {
        Estimate learned = new Estimate(12.5, 10, 15, 0.005, new Resources(2, 8, 0, 0), Estimate.Basis.HISTORY, 7);

        assertThat(Json.write(EstimateJson.figures(learned))).isEqualTo("""
                {"expected_seconds":12.5,"min_seconds":10.0,"max_seconds":15.0,"cost":0.005,\
                "resources":{"cpu":2.0,"memory":8.0,"gpu":0.0,"vram":0.0},\
                "basis":"history","runs_used":7}""");
    }
}
