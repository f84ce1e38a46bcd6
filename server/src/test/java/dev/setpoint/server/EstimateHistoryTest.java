package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import org.junit.jupiter.api.Test;

/** The estimate's basis before any run of the template has finished (learning: JobApiTest). */
class EstimateHistoryTest extends ServerTestBase {

    @Test
    void withoutRunsTheEstimateSaysItStandsOnTheMultipliers() {
        Http.Response estimate = newUser("est").post("/api/estimate", "{\"template\": \"sd-image\", \"quality\": \"high\"}");

        assertThat(estimate.status()).as(estimate.body()).isEqualTo(200);
        assertThat(estimate.text("basis")).isEqualTo("multipliers");
        assertThat(estimate.at("runs_used")).isEqualTo(Value.of(0));
    }
}
