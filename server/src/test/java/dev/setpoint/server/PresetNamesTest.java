package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import org.junit.jupiter.api.Test;

/** Names, slugs, reserved names and the runtime over HTTP: what a client sends and sees. */
class PresetNamesTest extends ServerTestBase {

    private static String preset(String jsonName) {
        return "{\"name\": \"" + jsonName + "\", \"parameters\": {\"tp-size\": [2]}}";
    }

    private static String quality(String id, String name, String base) {
        return """
                {"kind": "quality", "id": "%s", "name": "%s", "base_preset": "%s",
                 "parameters": {"image_generation": {"steps": 40}}}""".formatted(id, name, base);
    }

    @Test
    void invalidAndInvisibleCharactersInANameAre400NamingThem() {
        Http alice = newUser("alice");
        assertProblem(
                alice.post("/api/presets", preset("Mi\\u202Ene")),
                400,
                "contains U+202E RIGHT-TO-LEFT OVERRIDE at position 3");
        assertProblem(
                alice.post("/api/presets", preset("Mi\\ud800ne")),
                400,
                "contains U+D800, half of a surrogate pair without the other half, at position 3");
        assertProblem(alice.post("/api/presets", preset("Mine\\r\\nX")), 400, "U+000D CARRIAGE RETURN (CR)");
        assertProblem(alice.post("/api/presets", preset("Mine\\u0000")), 400, "U+0000 NULL");
        assertProblem(alice.post("/api/presets", preset("Mine\\u200b")), 400, "U+200B ZERO WIDTH SPACE");
        assertThat(alice.get("/api/presets?q=mine").body()).doesNotContain("Mi");
    }

    @Test
    void namesThatOnlyLookDifferentAre409() {
        Http alice = newUser("alice");
        assertThat(alice.post("/api/presets", preset("Mine")).status()).isEqualTo(201);
        for (String lookalike : new String[] {"ＭＩＮＥ", "Mİne", "MINE"}) {
            assertProblem(alice.post("/api/presets", preset(lookalike)), 409, "already exists");
        }
        assertProblem(alice.post("/api/presets", preset("ＢＡＬＡＮＣＥＤ")), 409, "already exists");
    }

    @Test
    void parameterNamesAreFlagsOrIdentifiers() {
        Http alice = newUser("alice");
        for (String name : new String[] {"$(id)", "tp\\nsize", "--tp-size", "a b"}) {
            Http.Response refused = alice.post(
                    "/api/presets", "{\"name\": \"P " + unique() + "\", \"parameters\": {\"" + name + "\": [1]}}");
            assertProblem(refused, 400, "parameter names are 1 to 128 ASCII letters, digits, '_', '.' or '-'");
        }
        assertThat(alice.post(
                                "/api/presets",
                                "{\"name\": \"P " + unique()
                                        + "\", \"parameters\": {\"cfg_scale\": [7], \"tp-size\": [2], \"model.path\": [\"m\"]}}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aSlugSaysNothingAboutAnotherUsersPresets() {
        String name = "RT full " + unique();
        Http.Response hers = newUser("alice").post("/api/presets", preset(name));
        Http.Response his = newUser("bob").post("/api/presets", preset(name));
        assertThat(his.status()).isEqualTo(201);
        assertThat(his.text("slug")).isEqualTo(hers.text("slug"));
    }

    @Test
    void aSlugNamesTheCallersOwnThenTheSystemThenTheOneSharedPresetAndSeveralAre409() {
        String id = "custom_" + unique();
        Http bob = newUser("bob");
        Http carol = newUser("carol");
        Http alice = newUser("alice");
        String bobs = bob.post("/api/presets", withVisibility(quality(id, "B " + id, "high")))
                .text("id");
        assertThat(alice.get("/api/presets/resolve?slug=" + id).text("id")).isEqualTo(bobs);
        assertThat(apply(alice, id).at("parameters", "_quality_preset", "level"))
                .isEqualTo(Value.of(3));
        String carols = carol.post("/api/presets", withVisibility(quality(id, "C " + id, "draft")))
                .text("id");

        Http.Response ambiguous = apply(alice, id);
        assertProblem(ambiguous, 409, "'" + id + "' names presets that several users share");
        assertThat(ambiguous.body()).contains("(id " + bobs + ")", "(id " + carols + ")", "use the numeric id");
        assertProblem(alice.get("/api/presets/resolve?slug=" + id), 409, "several users share");
        assertThat(apply(alice, bobs).status()).isEqualTo(200);
        assertProblem(
                alice.post("/api/presets", quality("custom_" + unique(), "Child " + unique(), id)),
                409,
                "use the numeric id");

        String own = alice.post("/api/presets", quality(id, "A " + id, "ultra")).text("id");
        assertThat(alice.get("/api/presets/resolve?slug=" + id).text("id")).isEqualTo(own);
        assertThat(apply(alice, id).at("parameters", "_quality_preset", "level"))
                .isEqualTo(Value.of(4));
        assertThat(alice.get("/api/presets/resolve?slug=high").text("slug")).isEqualTo("high");
        assertThat(alice.get("/api/presets/resolve?slug=nothing-" + unique()).status())
                .isEqualTo(404);
    }

    @Test
    void systemIsAReservedUserName() {
        assertProblem(admin().post("/api/users", "{\"username\": \"system\"}"), 409, "'system' is reserved");
        assertProblem(admin().post("/api/users", "{\"username\": \"SYSTEM\"}"), 409, "is reserved");
        assertProblem(
                admin().post("/api/users", "{\"username\": \"bob\\u200b\"}"),
                400,
                "U+200B ZERO WIDTH SPACE at position 4");
        assertProblem(
                newUser("dora").post("/api/me/tokens", "{\"name\": \"ci\\u202Ebuild\"}"),
                400,
                "U+202E RIGHT-TO-LEFT OVERRIDE at position 3");
    }

    @Test
    void theListFilterAndThePresetReadOneRuntime() {
        Http alice = newUser("alice");
        String tag = unique();
        assertProblem(
                alice.post(
                        "/api/presets",
                        "{\"name\": \"R " + tag + "\", \"runtime\": \"vllm\","
                                + " \"parameters\": {}, \"metadata\": {\"runtime\": \"sglang\"}}"),
                400,
                "metadata.runtime is \\\"sglang\\\" but runtime is \\\"vllm\\\"");
        Http.Response seedShape = alice.post(
                "/api/presets",
                "{\"name\": \"S " + tag + "\", \"parameters\": {}," + " \"metadata\": {\"runtime\": \"vllm\"}}");
        assertThat(seedShape.status()).as(seedShape.body()).isEqualTo(201);
        assertThat(seedShape.text("metadata", "runtime"))
                .as("the seed spells it once, in metadata")
                .isEqualTo("vllm");
        assertThat(alice.get("/api/presets?runtime=vllm&q=" + tag).body()).contains("S " + tag);
        assertProblem(
                alice.put("/api/presets/" + seedShape.text("id"), "{\"runtime\": \"sglang\"}"),
                400,
                "/metadata/runtime");
        Http.Response both =
                alice.put("/api/presets/" + seedShape.text("id"), "{\"runtime\": \"sglang\", \"metadata\": {}}");
        assertThat(both.status()).as(both.body()).isEqualTo(200);
        assertThat(alice.get("/api/presets?runtime=sglang&q=" + tag).body()).contains("S " + tag);
        assertThat(alice.get("/api/presets?runtime=vllm&q=" + tag).body()).doesNotContain("S " + tag);
    }

    private static String withVisibility(String body) {
        return body.replaceFirst("\\{", "{\"visibility\": \"shared\", ");
    }

    private static Http.Response apply(Http user, String quality) {
        String selection = quality.matches("[0-9]+") ? quality : "\"" + quality + "\"";
        return user.post(
                "/api/apply",
                "{\"template\": \"sd-image\", \"quality\": " + selection
                        + ", \"inputs\": {\"prompt\": \"a cat\", \"seed\": 7}}");
    }

    private static void assertProblem(Http.Response response, int status, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains(message);
    }
}
