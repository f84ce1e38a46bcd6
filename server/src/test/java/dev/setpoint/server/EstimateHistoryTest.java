package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimate's basis and the accuracy report, before any run has finished. */
class EstimateHistoryTest extends ServerTestBase {

    @Test
    void withoutRunsTheEstimateSaysItStandsOnTheMultipliers() {
        Http.Response estimate = newUser("est").post("/api/estimate", "{\"template\": \"sd-image\", \"quality\": \"high\"}");

        assertThat(estimate.status()).as(estimate.body()).isEqualTo(200);
        assertThat(estimate.text("basis")).isEqualTo("multipliers");
        assertThat(estimate.at("runs_used")).isEqualTo(Value.of(0));
    }

    @Test
    void withoutRunsTheAccuracyReportIsEmpty() {
        Http.Response report = newUser("acc").get("/api/estimates/accuracy");

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.at("templates")).isEqualTo(Value.arr(List.of()));
        assertThat(report.at("all", "runs")).isEqualTo(Value.of(0));
        assertThat(report.at("all", "median_error_percent")).isEqualTo(Value.NULL);
        assertThat(anonymous().get("/api/estimates/accuracy").status()).isEqualTo(401);
    }
}
