package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import org.junit.jupiter.api.Test;

/** The estimate's basis before any run of the template has finished (learning: JobApiTest). */
class EstimateHistoryTest extends ServerTestBase {

    @Test
    void withoutRunsTheEstimateSaysItStandsOnTheMultipliers() {
        Http.Response estimate =
                newUser("est").post("/api/estimate", "{\"template\": \"sd-image\", \"quality\": \"high\"}");

        assertThat(estimate.status()).as(estimate.body()).isEqualTo(200);
        assertThat(estimate.text("basis")).isEqualTo("multipliers");
        assertThat(estimate.at("runs_used")).isEqualTo(Value.of(0));
    }

    @Test
    void templatesWhosePromptMustNotBeEmptyAreEstimatedAndAppliedWithOrWithoutOne() {
        Http user = newUser("backend");
        for (String template : new String[] {"a1111-txt2img", "openai-chat"}) {
            String withPrompt = "{\"template\": \"" + template + "\", \"quality\": \"draft\", "
                    + "\"inputs\": {\"prompt\": \"a lighthouse\"}}";
            assertThat(user.post("/api/estimate", withPrompt).status())
                    .as(template)
                    .isEqualTo(200);
            assertThat(user.post("/api/apply", withPrompt).status())
                    .as(template)
                    .isEqualTo(200);
            Http.Response before =
                    user.post("/api/estimate", "{\"template\": \"" + template + "\", \"quality\": \"draft\"}");
            assertThat(before.status()).as(before.body()).isEqualTo(200);
        }
    }
}
