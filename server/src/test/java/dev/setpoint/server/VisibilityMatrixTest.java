package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One user can never read, change or delete another user's private preset through any endpoint. */
class VisibilityMatrixTest extends ServerTestBase {

    private Http alice;
    private Http bob;
    private String secret;
    private String shared;

    @BeforeEach
    void presets() {
        alice = newUser("alice");
        bob = newUser("bob");
        secret = alice.post(
                        "/api/presets/", "{\"name\": \"Secret " + unique() + "\", \"parameters\": {\"steps\": [5]}}")
                .text("id");
        shared = alice.post(
                        "/api/presets/",
                        "{\"name\": \"Shared " + unique()
                                + "\", \"visibility\": \"shared\", \"parameters\": {\"steps\": [6]}}")
                .text("id");
    }

    @Test
    void anotherUsersPrivatePresetIsNotFoundEverywhere() {
        assertThat(bob.get("/api/presets/" + secret).status()).isEqualTo(404);
        assertThat(bob.get("/api/presets?limit=200").body()).doesNotContain("Secret");
        assertThat(bob.put("/api/presets/" + secret, "{\"description\": \"x\"}").status())
                .isEqualTo(404);
        assertThat(bob.delete("/api/presets/" + secret).status()).isEqualTo(404);
        assertThat(bob.get("/api/presets/" + secret + "/export").status()).isEqualTo(404);
        assertThat(bob.get("/api/presets/export?ids=" + secret).status()).isEqualTo(404);
        assertThat(bob.get("/api/presets/export").body()).doesNotContain("Secret");
        assertThat(bob.post("/api/presets/" + secret + "/clone", "").status()).isEqualTo(404);
        assertThat(bob.post("/api/presets/merge", "{\"preset_ids\": [" + secret + "]}")
                        .status())
                .isEqualTo(404);
        assertThat(bob.post(
                                "/api/apply",
                                "{\"template\": \"sd-image\", \"preset_ids\": [" + secret
                                        + "], \"inputs\": {\"prompt\": \"x\"}}")
                        .status())
                .isEqualTo(404);
        assertThat(bob.post("/api/compatibility", "{\"template\": \"sd-image\", \"preset_ids\": [" + secret + "]}")
                        .status())
                .isEqualTo(404);
        assertThat(alice.get("/api/presets/" + secret).status()).isEqualTo(200);
    }

    @Test
    void anotherUsersPrivateQualityPresetCannotBeAppliedOrBuiltOn() {
        String slug = "custom_" + unique();
        String id = alice.post(
                        "/api/presets/",
                        "{\"kind\": \"quality\", \"id\": \"" + slug + "\", \"name\": \"Q " + slug
                                + "\", \"base_preset\": \"high\"}")
                .text("id");
        assertThat(bob.post(
                                "/api/apply",
                                "{\"template\": \"sd-image\", \"quality\": \"" + slug
                                        + "\", \"inputs\": {\"prompt\": \"x\"}}")
                        .status())
                .isEqualTo(404);
        assertThat(bob.post("/api/estimate", "{\"template\": \"sd-image\", \"quality\": " + id + "}")
                        .status())
                .isEqualTo(404);
        String mine = "Mine " + unique();
        Http.Response hidden = bob.post(
                "/api/presets/",
                "{\"kind\": \"quality\", \"name\": \"" + mine + "\", \"base_preset\": \"" + slug + "\"}");
        Http.Response missing = bob.post(
                "/api/presets/",
                "{\"kind\": \"quality\", \"name\": \"" + mine + "\", \"base_preset\": \"custom_nothing_here\"}");
        assertThat(hidden.status()).as(hidden.body()).isIn(400, 404).isEqualTo(missing.status());
        assertThat(hidden.text("detail").replace(slug, "X"))
                .isEqualTo(missing.text("detail").replace("custom_nothing_here", "X"));
    }

    @Test
    void aSharedPresetIsReadableByAllButChangeableOnlyByItsOwner() {
        assertThat(bob.get("/api/presets/" + shared).status()).isEqualTo(200);
        assertThat(bob.post("/api/presets/merge", "{\"preset_ids\": [" + shared + "]}")
                        .status())
                .isEqualTo(200);
        assertThat(bob.put("/api/presets/" + shared, "{\"description\": \"x\"}").status())
                .isEqualTo(403);
        assertThat(bob.delete("/api/presets/" + shared).status()).isEqualTo(403);
        assertThat(bob.post("/api/presets/" + shared + "/clone", "").status()).isEqualTo(201);
        assertThat(alice.put("/api/presets/" + shared, "{\"visibility\": \"private\"}")
                        .status())
                .isEqualTo(200);
        assertThat(bob.get("/api/presets/" + shared).status()).isEqualTo(404);
    }

    @Test
    void adminsGetNoBypassOfPrivacy() {
        assertThat(admin().get("/api/presets/" + secret).status()).isEqualTo(404);
    }

    @Test
    void usersManageOnlyTheirOwnTokens() {
        Http.Response issued = bob.post("/api/me/tokens", "{\"name\": \"ci\"}");
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.text("token");
        assertThat(token).startsWith("sp_");
        assertThat(bob.as(token).get("/api/me").text("username")).startsWith("bob");
        assertThat(bob.get("/api/me/tokens").body()).contains("\"ci\"").doesNotContain(token);
        assertThat(alice.delete("/api/me/tokens/" + issued.text("id")).status()).isEqualTo(404);
        assertThat(bob.delete("/api/me/tokens/" + issued.text("id")).status()).isEqualTo(204);
        assertThat(bob.as(token).get("/api/me").status()).isEqualTo(401);
        assertThat(bob.post("/api/users", "{\"username\": \"mallory\"}").status())
                .isEqualTo(403);
    }
}
