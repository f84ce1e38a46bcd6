package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import org.junit.jupiter.api.Test;

/** POST /api/quality/preview: an unsaved custom quality preset against its base, nothing stored. */
class QualityPreviewTest extends ServerTestBase {

    private static final String PROMPT = "\"inputs\": {\"prompt\": \"a lighthouse\"}";

    @Test
    void overrideOnHighShowsTheDiffAndWhereTheValueCameFrom() {
        Http alice = newUser("alice");
        Http.Response preview = alice.post(
                "/api/quality/preview",
                "{\"template\": \"sd-image\", \"preset\": "
                        + "{\"name\": \"Crisp\", \"base_preset\": \"high\", \"parameters\": {\"image_generation\": "
                        + "{\"steps\": 60, \"sampler\": \"ddim\"}}}, " + PROMPT + "}");

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.text("preset", "base")).isEqualTo("high");
        assertThat(preview.at("preset", "level")).isEqualTo(Value.of(3));
        assertThat(preview.at("diff"))
                .isEqualTo(Json.parse("[{\"parameter\": \"steps\", \"base\": 50, \"value\": 60},"
                        + " {\"parameter\": \"sampler\", \"base\": \"dpm++_2m_karras\", \"value\": \"ddim\"}]"));
        assertThat(preview.at("result", "parameters", "steps")).isEqualTo(Value.of(60));
        assertThat(preview.at("base", "parameters", "steps")).isEqualTo(Value.of(50));
        assertThat(preview.text("result", "provenance", "steps", "set_by", "layer"))
                .isEqualTo("custom_preset");
        assertThat(preview.at("result", "provenance", "steps", "overrode"))
                .isEqualTo(Json.parse("[{\"layer\": "
                        + "\"template_default\", \"name\": \"sd-image@1.0.0\", \"description\": \"template default "
                        + "(sd-image@1.0.0)\", \"value\": 30}, {\"layer\": \"quality_level\", \"name\": \"high\", "
                        + "\"description\": \"quality level high\", \"value\": 50}]"));
        assertThat(preview.text("result", "provenance", "width", "set_by", "layer"))
                .isEqualTo("template_quality");
        assertThat(alice.get("/api/presets?kind=quality&q=Crisp").header("X-Total-Count"))
                .isEqualTo("0");
    }

    @Test
    void withoutABaseTheLevelItStandsOnIsTheBase() {
        Http.Response preview = newUser("bob")
                .post(
                        "/api/quality/preview",
                        "{\"template\": \"text-to-video\", "
                                + "\"preset\": {\"name\": \"Slow\", \"level\": 1, \"time_multiplier\": 2.0}, " + PROMPT
                                + "}");

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.text("preset", "base")).isEqualTo("draft");
        assertThat(preview.at("diff")).isEqualTo(Value.arr());
        assertThat(preview.text("result", "estimate", "expected_seconds"))
                .isNotEqualTo(preview.text("base", "estimate", "expected_seconds"));
    }

    @Test
    void everyProblemOfThePresetPointsIntoTheBody() {
        Http.Response bad = newUser("carol")
                .post(
                        "/api/quality/preview",
                        "{\"template\": \"sd-image\", \"preset\": "
                                + "{\"name\": \"\", \"parameters\": {\"image_generation\": 5}}, " + PROMPT + "}");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"/preset/name\"", "\"/preset/parameters/image_generation\"");
    }

    @Test
    void aValueNoTemplateAcceptsIsAProblemOfThePresetAtItsParameter() {
        Http.Response bad = newUser("frank")
                .post(
                        "/api/quality/preview",
                        "{\"template\": \"sd-image\", \"preset\": "
                                + "{\"name\": \"Crisp\", \"base_preset\": \"high\", \"parameters\": {\"image_generation\": "
                                + "{\"steps\": -5}}}, " + PROMPT + "}");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("errors", "0", "pointer")).isEqualTo("/preset/parameters/image_generation/steps");
        assertThat(bad.text("errors", "0", "message")).isEqualTo("-5 is below the minimum 1");
    }

    @Test
    void anUnknownBaseIsNamedAtItsPointer() {
        Http.Response bad = newUser("dave")
                .post(
                        "/api/quality/preview",
                        "{\"template\": \"sd-image\", \"preset\": " + "{\"name\": \"X\", \"base_preset\": \"nope\"}, "
                                + PROMPT + "}");

        assertThat(bad.status()).isEqualTo(404);
        assertThat(bad.text("errors", "0", "pointer")).isEqualTo("/preset/base_preset");
    }

    @Test
    void aParameterPresetIsRefused() {
        Http.Response bad = newUser("erin")
                .post(
                        "/api/quality/preview",
                        "{\"template\": \"sd-image\", \"preset\": "
                                + "{\"kind\": \"parameter\", \"name\": \"P\", \"parameters\": {}}}");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("errors", "0", "pointer")).isEqualTo("/preset/kind");
    }
}
