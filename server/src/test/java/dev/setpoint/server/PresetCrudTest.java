package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import org.junit.jupiter.api.Test;

class PresetCrudTest extends ServerTestBase {

    private static String preset(String name) {
        return """
                {"name": "%s", "description": "d", "category": "performance",
                 "parameters": {"tp-size": [2, 4], "mem-fraction-static": [0.9]},
                 "metadata": {"author": "me", "tags": ["x"]}}""".formatted(name);
    }

    @Test
    void createReadUpdateDeleteRoundTrip() {
        Http alice = newUser("alice");
        String name = "Fast " + unique();
        Http.Response created = alice.post("/api/presets/", preset(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.header("Location")).endsWith("/api/presets/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.text("kind")).isEqualTo("parameter");
        assertThat(created.text("visibility")).isEqualTo("private");
        assertThat(created.at("parameters", "tp-size")).isEqualTo(Value.arr(Value.of(2), Value.of(4)));

        Http.Response read = alice.get("/api/presets/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());

        Http.Response updated = alice.put("/api/presets/" + id, "{\"description\": null, \"category\": \"memory\"}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.at("description")).isNull();
        assertThat(updated.text("category")).isEqualTo("memory");
        assertThat(updated.text("name")).isEqualTo(name);
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");

        assertThat(alice.delete("/api/presets/" + id).status()).isEqualTo(204);
        assertThat(alice.get("/api/presets/" + id).status()).isEqualTo(404);
    }

    @Test
    void bothListPathsReturnTheSeedsArrayWithTotalHeader() {
        Http alice = newUser("alice");
        Http.Response slash = alice.get("/api/presets/?kind=parameter&limit=2");
        Http.Response bare = alice.get("/api/presets?kind=parameter&limit=2");
        assertThat(slash.status()).as(slash.body()).isEqualTo(200);
        assertThat(slash.json()).isInstanceOf(Value.Arr.class);
        assertThat(((Value.Arr) slash.json()).items()).hasSize(2);
        assertThat(slash.header("X-Total-Count")).isEqualTo("4");
        assertThat(slash.header("Link")).contains("rel=\"next\"");
        assertThat(bare.json()).isEqualTo(slash.json());
    }
}
