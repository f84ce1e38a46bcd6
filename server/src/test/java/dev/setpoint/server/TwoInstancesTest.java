package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import dev.setpoint.store.testing.TestPostgres;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two servers on one PostgreSQL: a write acknowledged by one is seen at once through the other. */
class TwoInstancesTest {

    private static SetpointServer first;
    private static SetpointServer second;

    @BeforeAll
    static void start() throws Exception {
        String url = TestPostgres.newDatabase();
        first = OwnServer.start(Files.createTempDirectory("setpoint-a"), url);
        second = OwnServer.start(Files.createTempDirectory("setpoint-b"), url);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void presetWritesThroughOneAreReadImmediatelyThroughTheOther() {
        Http a = Http.to(first.url(), ServerTestBase.ADMIN_TOKEN);
        Http b = Http.to(second.url(), ServerTestBase.ADMIN_TOKEN);
        String id = a.post("/api/presets/", "{\"name\": \"Shared state\", \"parameters\": {\"tp-size\": [1]}}")
                .text("id");
        assertThat(b.get("/api/presets/" + id).text("revision")).isEqualTo("1");
        for (int n = 2; n <= 6; n++) {
            assertThat(a.put("/api/presets/" + id, "{\"parameters\": {\"tp-size\": [" + n + "]}}")
                            .status())
                    .isEqualTo(200);
            Http.Response read = b.get("/api/presets/" + id);
            assertThat(read.text("revision")).isEqualTo(String.valueOf(n));
            assertThat(read.at("parameters", "tp-size")).isEqualTo(Value.arr(Value.of(n)));
        }
        assertThat(a.delete("/api/presets/" + id).status()).isEqualTo(204);
        assertThat(b.get("/api/presets/" + id).status()).isEqualTo(404);
    }

    @Test
    void listsThroughTheOtherInstanceFollowWritesAtOnce() {
        Http a = Http.to(first.url(), ServerTestBase.ADMIN_TOKEN);
        Http b = Http.to(second.url(), ServerTestBase.ADMIN_TOKEN);
        String tag = "counted" + System.nanoTime();
        assertThat(b.get("/api/presets?q=" + tag).header("X-Total-Count")).isEqualTo("0");
        String id = a.post("/api/presets/", "{\"name\": \"" + tag + "\", \"parameters\": {\"tp-size\": [1]}}")
                .text("id");
        assertThat(b.get("/api/presets?q=" + tag).header("X-Total-Count")).isEqualTo("1");
        a.put("/api/presets/" + id, "{\"parameters\": {\"tp-size\": [8]}}");
        assertThat(b.get("/api/presets?q=" + tag).at("0", "parameters", "tp-size"))
                .isEqualTo(Value.arr(Value.of(8)));
        a.delete("/api/presets/" + id);
        assertThat(b.get("/api/presets?q=" + tag).header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void qualityPresetChangesReachTheOtherInstancesApply() {
        Http a = Http.to(first.url(), ServerTestBase.ADMIN_TOKEN);
        Http b = Http.to(second.url(), ServerTestBase.ADMIN_TOKEN);
        String id = a.post(
                        "/api/presets/",
                        "{\"kind\": \"quality\", \"id\": \"custom_two\", \"name\": \"Two\", "
                                + "\"base_preset\": \"high\", \"parameters\": {\"image_generation\": {\"steps\": 40}}}")
                .text("id");
        String apply = "{\"template\": \"sd-image\", \"quality\": \"custom_two\", \"inputs\": {\"prompt\": \"x\"}}";
        assertThat(b.post("/api/apply", apply).at("parameters", "steps")).isEqualTo(Value.of(40));
        a.put("/api/presets/" + id, "{\"parameters\": {\"image_generation\": {\"steps\": 41}}}");
        assertThat(b.post("/api/apply", apply).at("parameters", "steps")).isEqualTo(Value.of(41));
    }
}
