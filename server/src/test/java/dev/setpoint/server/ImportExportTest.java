package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportExportTest extends ServerTestBase {

    private static String file(String name) {
        return """
                {"version": "1.0", "preset": {"name": "%s", "category": "performance",
                 "parameters": {"tp-size": [2, 4]}, "metadata": {"runtime": "sglang"}}}""".formatted(name);
    }

    @Test
    void importsAMultipartUploadAndARawBody() {
        Http alice = newUser("alice");
        String name = "Up " + unique();
        Http.Response upload = alice.upload(
                "/api/presets/import", "p.json", file(name).getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        assertThat(upload.text("0", "name")).isEqualTo(name);
        assertThat(upload.text("0", "runtime")).isNull();
        Http.Response raw = alice.post("/api/presets/import", file("Raw " + unique()));
        assertThat(raw.status()).as(raw.body()).isEqualTo(201);
        assertThat(raw.text("0", "owner")).startsWith("alice");
    }

    @Test
    void anInvalidFileReportsEveryProblemWithPointersAndStoresNothing() {
        Http alice = newUser("alice");
        String tag = unique();
        Http.Response bad = alice.post("/api/presets/import", """
                {"version": "1.0", "presets": [
                  {"name": "Ok %s", "parameters": {"tp-size": [1]}},
                  {"name": "", "parameters": {"tp-size": 2}},
                  {"parameters": {"a": []}}]}""".formatted(tag));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.body())
                .contains(
                        "/presets/1/name",
                        "/presets/1/parameters/tp-size",
                        "/presets/2/name",
                        "/presets/2/parameters/a");
        assertThat(alice.get("/api/presets?q=" + tag).header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void aBulkImportIsAllOrNothingWhenANameIsTaken() {
        Http alice = newUser("alice");
        String tag = unique();
        alice.post("/api/presets/", "{\"name\": \"Taken " + tag + "\", \"parameters\": {}}");
        Http.Response clash = alice.post("/api/presets/import", """
                {"version": "1.0", "presets": [{"name": "New %s", "parameters": {}},
                  {"name": "Taken %s", "parameters": {}}]}""".formatted(tag, tag));
        assertThat(clash.status()).as(clash.body()).isEqualTo(409);
        assertThat(clash.text("errors", "0", "pointer")).startsWith("/presets/1");
        assertThat(alice.get("/api/presets?q=New%20" + tag).header("X-Total-Count"))
                .isEqualTo("0");
    }

    @Test
    void nonJsonAndNonUtf8UploadsAre4xx() {
        Http alice = newUser("alice");
        Http.Response text =
                alice.upload("/api/presets/import", "p.json", "name,params\n".getBytes(), "application/json");
        assertThat(text.status()).isEqualTo(400);
        Http.Response csv =
                alice.upload("/api/presets/import", "p.csv", file("x").getBytes(), "text/csv");
        assertThat(csv.status()).isEqualTo(400);
        byte[] latin1 = file("Caf\u00e9 " + unique()).getBytes(StandardCharsets.ISO_8859_1);
        Http.Response notUtf8 = alice.postBytes("/api/presets/import", latin1, "application/json");
        assertThat(notUtf8.status()).isEqualTo(400);
        assertThat(notUtf8.text("detail")).contains("UTF-8");
        assertThat(alice.postBytes("/api/presets/import", new byte[] {1, 2}, "application/octet-stream")
                        .status())
                .isEqualTo(415);
    }

    @Test
    void exportNamesTheFileSafelyForAnyCharacters() {
        Http alice = newUser("alice");
        String name = "Caf\u00e9 \"fast\" / 50% \u2603 " + unique();
        String id = alice.post(
                        "/api/presets/",
                        "{\"name\": \"" + name.replace("\"", "\\\"") + "\", \"parameters\": {\"tp-size\": [1]}}")
                .text("id");
        Http.Response export = alice.get("/api/presets/" + id + "/export");
        assertThat(export.status()).isEqualTo(200);
        String disposition = export.header("Content-Disposition");
        assertThat(disposition)
                .startsWith("attachment; filename=\"preset-Caf_ fast 50 ")
                .contains("filename*=UTF-8''preset-Caf%C3%A9%20fast%2050%20");
        assertThat(disposition.substring(0, disposition.indexOf("filename*"))).matches("[\\x20-\\x7e]+");
        assertThat(export.text("version")).isEqualTo("1.0");
        assertThat(export.text("preset", "name")).isEqualTo(name);
    }

    @Test
    void bulkExportRoundTripsThroughImport() {
        Http alice = newUser("alice");
        String a = alice.post("/api/presets/", "{\"name\": \"Ea " + unique() + "\", \"parameters\": {}}")
                .text("id");
        Http.Response export = alice.get("/api/presets/export?ids=" + a + ",2");
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("presets.json");
        assertThat(((Value.Arr) export.at("presets")).items()).hasSize(2);
        Http bob = newUser("bob");
        Http.Response all = bob.get("/api/presets/export");
        assertThat(all.body())
                .contains("High Throughput")
                .doesNotContain(alice.get("/api/presets/" + a).text("name"));
        String only = export.body().replace("\"High Throughput\"", "\"HT " + unique() + "\"");
        Http.Response imported = bob.post("/api/presets/import", only);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(((Value.Arr) imported.json()).items()).hasSize(2);
    }
}
