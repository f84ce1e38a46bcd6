package dev.setpoint.server.batches;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.testing.Await;
import dev.setpoint.server.Http;
import dev.setpoint.server.ServerTestBase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Comparisons with the runner's real built-in functions: an image at four levels, and the samples of a template. */
class ImageComparisonTest extends ServerTestBase {

    private static final List<String> LEVELS = List.of("draft", "standard", "high", "ultra");

    private Http alice;

    @BeforeEach
    void user() {
        alice = newUser("alice");
    }

    @Test
    void fourImageLevelsEndWithFourImagesTheirTimeRatiosAndTheirMeasuredQuality() throws Exception {
        Http.Response submitted = alice.post(
                "/api/comparisons",
                "{\"template\": \"sd-image\", \"inputs\": {\"prompt\": \"a lighthouse\", \"width\": 64, "
                        + "\"height\": 64, \"hr_steps\": 1}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.text("comparison_id");

        assertThat(BatchApiTest.awaitEnded(alice, id).text("status")).isEqualTo("finished");

        Http.Response comparison = alice.get("/api/comparisons/" + id);
        assertThat(((Value.Obj) comparison.at("results")).members().keySet()).containsExactlyElementsOf(LEVELS);
        assertThat(comparison.text("analysis", "time_ratios", "standard")).isEqualTo("1.0");
        assertThat(comparison.text("metrics", "0", "name")).isEqualTo("psnr");
        for (int i = 0; i < LEVELS.size(); i++) {
            String level = LEVELS.get(i);
            assertThat(comparison.text("results", level, "status")).isEqualTo("succeeded");
            assertThat(comparison.text("results", level, "outputs", "0", "media_type"))
                    .isEqualTo("image/png");
            assertThat(Double.parseDouble(comparison.text("timings", level))).isPositive();
            assertThat(comparison.text("analysis", "time_ratios", level)).isNotNull();
            assertThat(Double.parseDouble(comparison.text("analysis", "levels", "" + i, "metrics", "psnr")))
                    .isPositive();
        }
        assertThat(comparison.text("analysis", "levels", "0", "gain_per_second", "psnr"))
                .isEqualTo("null");
        assertThat(comparison.text("analysis", "levels", "3", "gain_per_second", "psnr"))
                .isNotNull();
        Http.Response image = alice.get(comparison.text("results", "ultra", "outputs", "0", "url"));
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.header("Content-Type")).isEqualTo("image/png");
    }

    @Test
    void aTemplatesSampleIsMadeOnRequestOnceSharedByEveryUserAndMadeAgainOnRequest() throws Exception {
        Http.Response none = alice.get("/api/templates/noop/samples");
        assertThat(none.status()).as(none.body()).isEqualTo(404);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");
        assertThat(none.body())
                .contains("no sample outputs have been made yet for noop@1.0.0")
                .contains("POST /api/templates/noop@1.0.0/samples makes them");

        Http.Response first = alice.post("/api/templates/noop/samples", "");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String id = first.text("comparison_id");
        assertThat(first.header("Location")).endsWith("/api/comparisons/" + id);
        assertThat(first.text("kind")).isEqualTo("sample");
        assertThat(first.text("template_id")).isEqualTo("noop@1.0.0");
        assertThat(first.text("inputs", "prompt")).isEqualTo(SampleComparisons.TEXT);
        assertThat(((Value.Obj) first.at("results")).members().keySet()).containsExactlyElementsOf(LEVELS);
        assertThat(alice.get("/api/templates/noop/samples").text("comparison_id"))
                .isEqualTo(id);

        Http bob = newUser("bob");
        assertThat(bob.get("/api/templates/noop@1.0.0/samples").text("comparison_id"))
                .isEqualTo(id);
        assertThat(bob.get("/api/comparisons/" + id).status()).isEqualTo(200);
        assertThat(bob.get("/api/batches/" + id).status())
                .as("a sample is no one's batch")
                .isEqualTo(404);
        Await.until(() -> LEVELS.stream()
                .allMatch(level -> List.of("succeeded", "failed")
                        .contains(bob.get("/api/comparisons/" + id).text("results", level, "status"))));
        Http.Response done = bob.get("/api/comparisons/" + id);
        assertThat(done.text("results", "draft", "status")).isEqualTo("succeeded");
        assertThat(bob.get(done.text("results", "draft", "outputs", "0", "url")).status())
                .isEqualTo(200);

        Http.Response remade = bob.post("/api/templates/noop/samples", "");
        assertThat(remade.status()).as(remade.body()).isEqualTo(201);
        assertThat(remade.text("comparison_id")).isNotEqualTo(id);
        assertThat(alice.get("/api/templates/noop/samples").text("comparison_id"))
                .isEqualTo(remade.text("comparison_id"));
        assertThat(alice.get("/api/templates/no-such-template/samples").status())
                .isEqualTo(404);
        assertThat(alice.post("/api/templates/no-such-template/samples", "").status())
                .isEqualTo(404);
    }
}
