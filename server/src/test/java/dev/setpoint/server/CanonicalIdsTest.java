package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 19, items 2 and 8: an id is a canonical decimal integer (a job id a UUID) wherever it is
 * given; anything else is a 400 that names it, never a 500 and never some other preset.
 */
class CanonicalIdsTest extends ServerTestBase {

    @ParameterizedTest(name = "ids={0}")
    @ValueSource(strings = {"1,,2", "1,", ",1", "%20", "1,%20,2", ""})
    void anEmptyIdInAnExportListIs400SayingSo(String ids) {
        Http.Response response = newUser("alice").get("/api/presets/export?ids=" + ids);
        assertProblem(response, 400);
        assertThat(response.text("detail")).startsWith("ids=").contains(": an id is empty");
        assertThat(response.text("errors", "0", "field")).isEqualTo("ids");
    }

    @Test
    void aMalformedIdInAnExportListIsNamed() {
        Http.Response response = newUser("alice").get("/api/presets/export?ids=1,0x2");
        assertProblem(response, 400);
        assertThat(response.text("detail"))
                .isEqualTo("ids=1,0x2: item 2: '0x2' is not an id: ids are whole numbers "
                        + "written in decimal digits, without sign, leading zeros or fraction, such as 42");
    }

    @ParameterizedTest(name = "/api/presets/{0}")
    @ValueSource(strings = {"0x1", "01", "+1", "-1", "1.0", "1e0", "%231", "%201", "1%20", "１", "99999999999999999999"})
    void aPresetIdThatIsNotCanonicalIs400NotPresetOne(String id) {
        Http alice = newUser("alice");
        for (Http.Response response : new Http.Response[] {
            alice.get("/api/presets/" + id),
            alice.put("/api/presets/" + id, "{\"name\": \"x\"}"),
            alice.delete("/api/presets/" + id),
            alice.get("/api/presets/" + id + "/export"),
            alice.post("/api/presets/" + id + "/clone", "{}"),
            alice.delete("/api/me/tokens/" + id)
        }) {
            assertProblem(response, 400);
            assertThat(response.text("detail")).startsWith("id: '").contains("is not an id");
        }
    }

    @ParameterizedTest(name = "/api/jobs/{0}")
    @ValueSource(
            strings = {
                "not-a-uuid",
                "1-1-1-1-1",
                "0000000000000000000000000000000000000",
                "%7B00000000-0000-0000-0000-000000000000%7D",
                "00000000-0000-0000-0000-00000000000G"
            })
    void aJobIdThatIsNotAUuidIs400(String id) {
        Http alice = newUser("alice");
        for (Http.Response response : new Http.Response[] {
            alice.get("/api/jobs/" + id),
            alice.post("/api/jobs/" + id + "/cancel", "{}"),
            alice.get("/api/jobs/" + id + "/outputs/a.png")
        }) {
            assertProblem(response, 400);
            assertThat(response.text("detail")).contains("is not a job id");
        }
        assertProblem(alice.get("/api/jobs/00000000-0000-0000-0000-000000000000"), 404);
    }

    @ParameterizedTest(name = "preset_ids: [{0}]")
    @ValueSource(strings = {"1.5", "1.0", "1e0", "-1", "\"1\"", "true", "99999999999999999999"})
    void aPresetIdInABodyThatIsNotAnIntegerIs400(String id) {
        Http alice = newUser("alice");
        for (String path : new String[] {"/api/presets/merge", "/api/apply", "/api/estimate", "/api/jobs"}) {
            Http.Response response = alice.post(
                    path,
                    "{\"template\": \"noop\", \"preset_ids\": [" + id
                            + "]}"
                                    .replace(
                                            "\"template\": \"noop\", ",
                                            path.endsWith("merge") ? "" : "\"template\": \"noop\", "));
            assertProblem(response, 400);
            assertThat(response.text("errors", "0", "pointer")).as(path).isEqualTo("/preset_ids/0");
        }
    }

    @ParameterizedTest(name = "quality: {0}")
    @ValueSource(strings = {"1.5", "1.0", "-1", "9223372036854775808"})
    void aQualityIdThatIsNotCanonicalIs400(String quality) {
        Http.Response response =
                newUser("alice").post("/api/apply", "{\"template\": \"noop\", \"quality\": " + quality + "}");
        assertProblem(response, 400);
        assertThat(response.text("detail")).contains(" is not an id");
        assertThat(response.text("errors", "0", "pointer")).isEqualTo("/quality");
    }

    @Test
    void aCanonicalIdStillFindsItsPreset() {
        Http alice = newUser("alice");
        String id = alice.post("/api/presets/", "{\"name\": \"c-" + unique() + "\", \"parameters\": {\"steps\": [20]}}")
                .text("id");
        assertThat(alice.get("/api/presets/" + id).status()).isEqualTo(200);
        assertThat(alice.get("/api/presets/export?ids=" + id + "," + id).status())
                .isEqualTo(200);
        assertThat(alice.post("/api/presets/merge", "{\"preset_ids\": [" + id + "]}")
                        .status())
                .isEqualTo(200);
    }

    private static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
}
