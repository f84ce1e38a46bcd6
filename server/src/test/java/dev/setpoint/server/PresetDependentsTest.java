package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A quality preset others are based on: deleting it or making it private would leave them naming a
 * base they cannot resolve (their next apply a 404), so it is 409 unless they are detached, which
 * keeps every one applying exactly as before.
 */
class PresetDependentsTest extends ServerTestBase {

    /** The server's id of each preset a test created, by slug. */
    private final Map<String, String> ids = new HashMap<>();

    @Test
    void deletingABaseIs409WithTheCountAndDetachKeepsEveryDependentsApplyResult() {
        Http alice = newUser("alice");
        Http bob = newUser("bob");
        String a = quality(
                alice,
                "shared",
                "high",
                "\"time_multiplier\": 2.5, \"resource_scaling\": {\"gpu\": 1.5}, "
                        + "\"parameters\": {\"image_generation\": {\"steps\": 42, \"cfg_scale\": 9.5}}");
        String b = quality(alice, "private", a, "\"parameters\": {\"image_generation\": {\"steps\": 50}}");
        String c = quality(
                alice,
                "private",
                b,
                "\"cost_multiplier\": 3, " + "\"parameters\": {\"image_generation\": {\"width\": 640}}");
        String bobs = quality(
                bob,
                "private",
                a,
                "\"name\": \"Bob's secret\", " + "\"parameters\": {\"image_generation\": {\"sampler\": \"ddim\"}}");
        Value bBefore = applied(alice, b);
        Value cBefore = applied(alice, c);
        Value bobsBefore = applied(bob, bobs);
        String aId = idOf(a);

        Http.Response refused = alice.delete("/api/presets/" + aId);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.text("detail"))
                .contains("2 presets are based on '" + a + "'", "(" + b + ")", "?detach=true")
                .doesNotContain("Bob's secret", bobs);
        assertThat(applied(bob, bobs)).isEqualTo(bobsBefore);

        assertThat(alice.delete("/api/presets/" + aId + "?detach=true").status())
                .isEqualTo(204);

        assertThat(alice.get("/api/presets/" + aId).status()).isEqualTo(404);
        assertThat(applied(alice, b)).isEqualTo(bBefore);
        assertThat(applied(alice, c)).isEqualTo(cBefore);
        assertThat(applied(bob, bobs)).isEqualTo(bobsBefore);
        Http.Response bobsNow = bob.get("/api/presets/" + idOf(bobs));
        assertThat(bobsNow.header("ETag")).isEqualTo("\"2\"");
        assertThat(bobsNow.at("base_preset")).isNull();
        assertThat(bobsNow.at("level")).isEqualTo(Value.of(3));
    }

    @Test
    void makingASharedBasePrivateIs409UntilTheOtherUsersDependentsAreDetached() {
        Http alice = newUser("alice");
        Http bob = newUser("bob");
        String a = quality(alice, "shared", "draft", "\"parameters\": {\"image_generation\": {\"steps\": 12}}");
        String bobs = quality(bob, "shared", a, "\"parameters\": {\"image_generation\": {\"cfg_scale\": 4}}");
        Value before = applied(bob, bobs);
        String aId = idOf(a);

        Http.Response refused = alice.put("/api/presets/" + aId, "{\"visibility\": \"private\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("1 preset is based on '" + a + "' (none of them yours)");
        assertThat(alice.get("/api/presets/" + aId).text("visibility")).isEqualTo("shared");

        Http.Response privatised = alice.put("/api/presets/" + aId + "?detach=true", "{\"visibility\": \"private\"}");

        assertThat(privatised.status()).as(privatised.body()).isEqualTo(200);
        assertThat(privatised.text("visibility")).isEqualTo("private");
        assertThat(applied(bob, bobs)).isEqualTo(before);
        assertThat(applied(newUser("carol"), bobs)).isEqualTo(before);
    }

    /** Creates a quality preset based on {@code base}; returns its slug. */
    private String quality(Http owner, String visibility, String base, String members) {
        String slug = "custom_" + unique();
        String name = members.contains("\"name\"") ? "" : "\"name\": \"Q " + slug + "\", ";
        Http.Response created = owner.post(
                "/api/presets/",
                "{\"kind\": \"quality\", \"id\": \"" + slug + "\", " + name + "\"visibility\": \"" + visibility
                        + "\", \"base_preset\": \"" + base + "\", " + members + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ids.put(created.text("slug"), created.text("id"));
        return created.text("slug");
    }

    private String idOf(String slug) {
        return ids.get(slug);
    }

    /** What applying the preset to sd-image gives: its parameters and estimate (the provenance names the chain). */
    private static Value applied(Http caller, String quality) {
        Http.Response applied = caller.post(
                "/api/apply",
                "{\"template\": \"sd-image\", \"quality\": \"" + quality
                        + "\", \"inputs\": {\"prompt\": \"a lighthouse\", \"seed\": 7}}");
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        return new Value.Obj(Map.of("parameters", applied.at("parameters"), "estimate", applied.at("estimate")));
    }
}
