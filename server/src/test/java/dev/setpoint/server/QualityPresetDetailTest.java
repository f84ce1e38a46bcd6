package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import org.junit.jupiter.api.Test;

/** A quality preset's level and is_custom in the preset JSON, and GET /api/presets/{id}/resolved. */
class QualityPresetDetailTest extends ServerTestBase {

    /** The built-in level high has the fixed id 7 (draft 5 to ultra 8). */
    private static final String HIGH = "7";

    private static String create(Http user, String body) {
        Http.Response created = user.post("/api/presets/", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("id");
    }

    @Test
    void aCustomPresetThatSetsNoLevelShowsItsBasesAndSaysItIsCustom() {
        Http alice = newUser("alice");
        String crisp = create(
                alice, "{\"kind\": \"quality\", \"name\": \"Crisp " + unique() + "\", \"base_preset\": \"high\"}");
        String onCrisp = create(
                alice,
                "{\"kind\": \"quality\", \"name\": \"On crisp " + unique() + "\", \"base_preset\": \""
                        + alice.get("/api/presets/" + crisp).text("slug") + "\"}");

        assertThat(alice.get("/api/presets/" + crisp).at("level")).isEqualTo(Value.of(3));
        assertThat(alice.get("/api/presets/" + onCrisp).at("level")).isEqualTo(Value.of(3));
        assertThat(alice.get("/api/presets/" + onCrisp).at("is_custom")).isEqualTo(Value.TRUE);
        Http.Response listed = alice.get("/api/presets?kind=quality&q=On%20crisp");
        assertThat(listed.at("0", "level")).isEqualTo(Value.of(3));
        assertThat(listed.at("0", "is_custom")).isEqualTo(Value.TRUE);
        assertThat(alice.get("/api/presets/" + HIGH).at("is_custom")).isEqualTo(Value.FALSE);
        assertThat(alice.get("/api/presets/" + HIGH).at("level")).isEqualTo(Value.of(3));
    }

    @Test
    void aPresetReadFromTheApiCanBeSentBackWithItsLevelAndIsCustom() {
        Http bob = newUser("bob");
        String id = create(
                bob, "{\"kind\": \"quality\", \"name\": \"Plain " + unique() + "\", \"base_preset\": \"draft\"}");
        Http.Response read = bob.get("/api/presets/" + id);
        assertThat(read.at("level")).isEqualTo(Value.of(1));

        Http.Response back = bob.put("/api/presets/" + id, read.body());
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        Http.Response wrongLevel = bob.put("/api/presets/" + id, "{\"level\": 4}");
        assertThat(wrongLevel.status()).as(wrongLevel.body()).isEqualTo(400);
        assertThat(wrongLevel.text("errors", "0", "pointer")).isEqualTo("/level");
    }

    @Test
    void resolvedGivesTheChainAndEachValueWithThePresetThatSetIt() {
        Http carol = newUser("carol");
        String crisp = create(
                carol,
                "{\"kind\": \"quality\", \"name\": \"Sharp " + unique() + "\", "
                        + "\"base_preset\": \"high\", \"cost_multiplier\": 3.0, "
                        + "\"parameters\": {\"image_generation\": {\"steps\": 60}}}");
        String slug = carol.get("/api/presets/" + crisp).text("slug");

        Http.Response resolved = carol.get("/api/presets/" + crisp + "/resolved");

        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.at("level")).isEqualTo(Value.of(3));
        assertThat(resolved.at("chain", "0"))
                .isEqualTo(Json.parse("{\"slug\": \"high\", \"name\": \"High Quality\", \"is_custom\": false}"));
        assertThat(resolved.text("chain", "1", "slug")).isEqualTo(slug);
        assertThat(resolved.at("cost_multiplier")).isEqualTo(Value.of(3.0));
        assertThat(resolved.at("time_multiplier")).isEqualTo(Value.of(2.5));
        assertThat(resolved.at("parameters", "image_generation", "steps"))
                .isEqualTo(Json.parse("{\"value\": 60, \"set_by\": \"" + slug + "\", \"type\": \"integer\"}"));
        assertThat(resolved.at("parameters", "image_generation", "cfg_scale"))
                .isEqualTo(Json.parse("{\"value\": 8.0, \"set_by\": \"high\", \"type\": \"number\"}"));
        assertThat(resolved.body()).contains("\"value\":8.0");
        assertThat(resolved.at("parameters", "image_generation", "resolution_scale", "type"))
                .isEqualTo(Value.of("number"));
        assertThat(resolved.at("parameters", "video_generation", "fps", "set_by"))
                .isEqualTo(Value.of("high"));
    }

    @Test
    void aSystemLevelResolvesToItselfAndAParameterPresetHasNothingToResolve() {
        Http dave = newUser("dave");
        Http.Response ultra = dave.get("/api/presets/8/resolved");
        assertThat(ultra.status()).as(ultra.body()).isEqualTo(200);
        assertThat(ultra.at("chain"))
                .isEqualTo(Json.parse("[{\"slug\": \"ultra\", \"name\": \"Ultra Quality\", \"is_custom\": false}]"));
        // Ultra defines no video: high's values stand under it, as apply takes them.
        assertThat(ultra.text("parameters", "video_generation", "fps", "set_by"))
                .isEqualTo("high");

        Http.Response parameter = dave.get("/api/presets/1/resolved");
        assertThat(parameter.status()).isEqualTo(400);
        assertThat(parameter.header("Content-Type")).startsWith("application/problem+json");
    }
}
