package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed's merge examples, and STORY-050's apply, compatibility and estimate, through HTTP. */
class MergeApplyTest extends ServerTestBase {

    private Http alice;
    private String a;
    private String b;
    private String c;

    @BeforeEach
    void presets() {
        alice = newUser("alice");
        a = create("{\"name\": \"A %s\", \"parameters\": {\"tp-size\": [1, 2], \"mem-fraction-static\": [0.8]}}");
        b = create("{\"name\": \"B %s\", \"parameters\": {\"tp-size\": [4], \"schedule-policy\": [\"lpm\"]}}");
        c = create("{\"name\": \"C %s\", \"parameters\": {\"tp-size\": [2, 4], \"schedule-policy\": [\"lpm\"]}}");
    }

    private String create(String template) {
        Http.Response response = alice.post("/api/presets/", template.formatted(unique()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("id");
    }

    private Http.Response merge(String strategy, String... ids) {
        return alice.post(
                "/api/presets/merge",
                "{\"preset_ids\": [" + String.join(",", ids) + "], \"merge_strategy\": \"" + strategy + "\"}");
    }

    @Test
    void unionCombinesAndDeduplicates() {
        Http.Response union = merge("union", a, b);
        assertThat(union.status()).as(union.body()).isEqualTo(200);
        assertThat(union.at("parameters"))
                .isEqualTo(Json.parse(
                        "{\"tp-size\": [1, 2, 4], \"mem-fraction-static\": [0.8], \"schedule-policy\": [\"lpm\"]}"));
        assertThat(union.at("grid_size")).isEqualTo(Value.of(3));
        assertThat(union.at("conflicts")).isEqualTo(Value.arr());
    }

    @Test
    void intersectionKeepsCommonValues() {
        Http.Response intersection = merge("intersection", a, c);
        assertThat(intersection.at("parameters")).isEqualTo(Json.parse("{\"tp-size\": [2]}"));
        assertThat(intersection.body()).contains("missing_from_preset");
    }

    @Test
    void lastWinsOverridesAndReportsTheConflict() {
        Http.Response last = merge("last_wins", a, b);
        assertThat(last.at("parameters"))
                .isEqualTo(Json.parse(
                        "{\"tp-size\": [4], \"mem-fraction-static\": [0.8], \"schedule-policy\": [\"lpm\"]}"));
        assertThat(last.text("conflicts", "0", "parameter")).isEqualTo("tp-size");
        assertThat(last.text("conflicts", "0", "overridden_by")).startsWith("B ");
        assertThat(last.at("applied_presets", "1"))
                .isEqualTo(alice.get("/api/presets/" + b).at("name"));
    }

    @Test
    void duplicateIdsAre400UnknownAre404AndBadStrategy400() {
        Http.Response duplicate = merge("union", a, a);
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.text("errors", "0", "pointer")).isEqualTo("/preset_ids/1");
        assertThat(merge("union", a, "987654").status()).isEqualTo(404);
        assertThat(merge("bogus", a).status()).isEqualTo(400);
        assertThat(alice.post("/api/presets/merge", "{\"preset_ids\": [\"x\"]}").status())
                .isEqualTo(400);
    }

    @Test
    void applyReturnsParametersWithQualityMetadataAndProvenance() {
        Http.Response applied = alice.post("/api/apply", """
                {"template": "sd-image@1.0.0", "quality": "high", "inputs": {"prompt": "a cat", "seed": 7}}""");
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.at("parameters", "width")).isEqualTo(Value.of(768));
        assertThat(applied.text("parameters", "_quality_preset", "id")).isEqualTo("high");
        assertThat(applied.text("provenance", "seed", "set_by", "layer")).isEqualTo("input");
        assertThat(applied.text("provenance", "seed", "set_by", "description")).isEqualTo("your input");
        assertThat(applied.at("conflicts")).isEqualTo(Value.arr());
    }

    @Test
    void applyWithACustomQualityPresetById() {
        Http.Response custom = alice.post("/api/presets/", """
                {"kind": "quality", "id": "custom_%s", "name": "Q %s", "base_preset": "high",
                 "parameters": {"image_generation": {"steps": 77}}}""".formatted(unique(), unique()));
        Http.Response applied = alice.post(
                "/api/apply",
                "{\"template\": \"sd-image\", \"quality\": " + custom.text("id")
                        + ", \"inputs\": {\"prompt\": \"x\"}}");
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.at("parameters", "steps")).isEqualTo(Value.of(77));
        assertThat(applied.text("parameters", "_quality_preset", "id")).isEqualTo(custom.text("slug"));
    }

    @Test
    void compatibilityListsReasonsAndApplyAndEstimateOfIncompatibleAre422() {
        String engine = create("{\"name\": \"E %s\", \"runtime\": \"sglang\", \"parameters\": {\"tp-size\": [2]}}");
        String request = "{\"template\": \"sd-image\", \"quality\": \"standard\", \"preset_ids\": [" + engine
                + "], \"inputs\": {\"prompt\": \"x\"}}";
        Http.Response compatibility = alice.post("/api/compatibility", request);
        assertThat(compatibility.status()).isEqualTo(200);
        assertThat(compatibility.at("compatible")).isEqualTo(Value.FALSE);
        assertThat(compatibility.body()).contains("runtime_mismatch", "unknown_parameter");
        assertThat(alice.post("/api/apply", request).status()).isEqualTo(422);
        Http.Response estimate = alice.post("/api/estimate", request);
        assertThat(estimate.status()).as(estimate.body()).isEqualTo(422);
        assertThat(estimate.body()).contains("tp-size");
        Http.Response fine = alice.post("/api/compatibility", "{\"template\": \"sd-image\", \"quality\": \"draft\"}");
        assertThat(fine.at("compatible")).isEqualTo(Value.TRUE);
    }

    @Test
    void estimateGivesTimeRangeCostAndResources() {
        Http.Response estimate = alice.post("/api/estimate", "{\"template\": \"sd-image\", \"quality\": \"ultra\"}");
        assertThat(estimate.status()).as(estimate.body()).isEqualTo(200);
        double expected = Double.parseDouble(estimate.text("expected_seconds"));
        assertThat(Double.parseDouble(estimate.text("min_seconds"))).isLessThan(expected);
        assertThat(Double.parseDouble(estimate.text("max_seconds"))).isGreaterThan(expected);
        assertThat(estimate.at("resources", "gpu")).isNotNull();
        assertThat(alice.post("/api/estimate", "{\"template\": \"nope\"}").status())
                .isEqualTo(404);
        assertThat(alice.post("/api/estimate", "{\"template\": \"sd-image\", \"quality\": \"mega\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void templatesAreListedByCategoryAndReadByRef() {
        Http.Response images = alice.get("/api/templates?category=image_generation");
        assertThat(images.status()).isEqualTo(200);
        assertThat(images.body()).contains("sd-image").doesNotContain("text-completion");
        Http.Response one = alice.get("/api/templates/sd-image@1.0.0");
        assertThat(one.text("inputs", "sampler", "type")).isEqualTo("enum");
        assertThat(one.at("quality", "high", "width")).isEqualTo(Value.of(768));
        assertThat(alice.get("/api/templates?category=bogus").status()).isEqualTo(400);
        assertThat(alice.get("/api/templates/sd-image@9.9.9").status()).isEqualTo(404);
    }
}
