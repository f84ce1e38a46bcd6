package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        Http.Response all = alice.get("/api/presets?kind=parameter&limit=200");
        assertThat(slash.header("X-Total-Count"))
                .isEqualTo(String.valueOf(((Value.Arr) all.json()).items().size()));
        assertThat(all.body()).contains("Memory Efficient", "High Throughput", "Low Latency", "Balanced");
        assertThat(slash.header("Link")).contains("rel=\"next\"");
        assertThat(bare.json()).isEqualTo(slash.json());
    }

    @Test
    void staleIfMatchIsRefusedWith412AndCurrentOneSucceeds() {
        Http alice = newUser("alice");
        String id = alice.post("/api/presets/", preset("Etag " + unique())).text("id");
        assertThat(alice.put("/api/presets/" + id, "{\"category\": \"a\"}", "If-Match", "\"1\"")
                        .status())
                .isEqualTo(200);
        Http.Response stale = alice.put("/api/presets/" + id, "{\"category\": \"b\"}", "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(alice.delete("/api/presets/" + id, "If-Match", "\"1\"").status())
                .isEqualTo(412);
        assertThat(alice.get("/api/presets/" + id).text("category")).isEqualTo("a");
        assertThat(alice.delete("/api/presets/" + id, "If-Match", "\"2\"").status())
                .isEqualTo(204);
    }

    @Test
    void duplicateNameIgnoringCaseAndSpacesIs409() {
        Http alice = newUser("alice");
        String name = "Dup " + unique();
        assertThat(alice.post("/api/presets/", preset(name)).status()).isEqualTo(201);
        Http.Response again = alice.post("/api/presets/", preset("  " + name.toUpperCase() + " "));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.text("detail")).contains("already exists");
        assertThat(alice.post("/api/presets/", preset("high throughput")).status())
                .isEqualTo(409);
        assertThat(newUser("bob").post("/api/presets/", preset(name)).status()).isEqualTo(201);
    }

    @Test
    void concurrentCreatesOfOneNameGiveOne201AndOnly409s() throws Exception {
        Http alice = newUser("alice");
        String name = "Race " + unique();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> alice.post("/api/presets/", preset(name)).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void systemPresetsAreReadOnlyWith403SayingToClone() {
        Http alice = newUser("alice");
        Http.Response system = alice.get("/api/presets/2");
        assertThat(system.text("name")).isEqualTo("High Throughput");
        assertThat(system.at("is_system")).isEqualTo(Value.TRUE);
        Http.Response put = alice.put("/api/presets/2", "{\"description\": \"mine\"}");
        assertThat(put.status()).as(put.body()).isEqualTo(403);
        assertThat(put.text("detail")).contains("clone");
        Http.Response delete = alice.delete("/api/presets/7");
        assertThat(delete.status()).isEqualTo(403);
        assertThat(delete.text("detail")).contains("clone");
    }

    @Test
    void cloneMakesAnOwnedCopyWithAFreeName() {
        Http alice = newUser("alice");
        Http.Response first = alice.post("/api/presets/2/clone", "");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.text("name")).isEqualTo("High Throughput (copy)");
        assertThat(first.at("is_system")).isEqualTo(Value.FALSE);
        assertThat(first.at("parameters")).isEqualTo(alice.get("/api/presets/2").at("parameters"));
        assertThat(alice.post("/api/presets/2/clone", "").text("name")).isEqualTo("High Throughput (copy 2)");
        Http.Response named = alice.post("/api/presets/7/clone", "{\"name\": \"My high\"}");
        assertThat(named.status()).as(named.body()).isEqualTo(201);
        assertThat(named.text("kind")).isEqualTo("quality");
        assertThat(named.at("level")).isEqualTo(Value.of(3));
    }

    @Test
    void qualityPresetsLiveInTheSameCollection() {
        Http alice = newUser("alice");
        String slug = "custom_" + unique();
        Http.Response created = alice.post("/api/presets/", """
                {"kind": "quality", "id": "%s", "name": "Sharp %s", "base_preset": "high",
                 "time_multiplier": 2.5, "parameters": {"image_generation": {"steps": 60}}}""".formatted(slug, slug));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("slug")).isEqualTo(slug);
        Http.Response list = alice.get("/api/presets?kind=quality&limit=200");
        assertThat(list.body()).contains(slug, "\"slug\":\"ultra\"");
        Http.Response cleared = alice.put("/api/presets/" + created.text("id"), "{\"time_multiplier\": null}");
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.at("time_multiplier")).isNull();
        assertThat(alice.put("/api/presets/" + created.text("id"), "{\"kind\": \"parameter\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aQualityValueNoTemplateAcceptsIsRefusedOnCreateAndUpdateAtItsParameter() {
        Http alice = newUser("alice");
        String name = "Crisp " + unique();
        Http.Response negative = alice.post("/api/presets/", """
                {"kind": "quality", "name": "%s", "base_preset": "high",
                 "parameters": {"image_generation": {"steps": -5}}}""".formatted(name));
        assertThat(negative.status()).as(negative.body()).isEqualTo(400);
        assertThat(negative.header("Content-Type")).startsWith("application/problem+json");
        assertThat(negative.text("errors", "0", "pointer")).isEqualTo("/parameters/image_generation/steps");
        assertThat(negative.text("errors", "0", "message")).isEqualTo("-5 is below the minimum 1");
        assertThat(alice.get("/api/presets?kind=quality&q=" + name.replace(' ', '+'))
                        .header("X-Total-Count"))
                .isEqualTo("0");

        Http.Response created = alice.post("/api/presets/", """
                {"kind": "quality", "name": "%s", "base_preset": "high",
                 "parameters": {"image_generation": {"steps": 60}}}""".formatted(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Http.Response zero = alice.put(
                "/api/presets/" + created.text("id"), "{\"parameters\": {\"image_generation\": {\"steps\": 0}}}");
        assertThat(zero.status()).as(zero.body()).isEqualTo(400);
        assertThat(zero.text("errors", "0", "pointer")).isEqualTo("/parameters/image_generation/steps");
        assertThat(alice.get("/api/presets/" + created.text("id")).at("parameters", "image_generation", "steps"))
                .isEqualTo(Value.of(60));
    }

    @Test
    void listsFollowEveryWriteAtOnce() {
        Http alice = newUser("alice");
        String tag = unique();
        assertThat(alice.get("/api/presets?q=" + tag).header("X-Total-Count")).isEqualTo("0");
        String one = alice.post("/api/presets/", preset("One " + tag)).text("id");
        assertThat(alice.get("/api/presets?q=" + tag).header("X-Total-Count")).isEqualTo("1");
        String two = alice.post("/api/presets/", preset("Two " + tag)).text("id");
        assertThat(alice.get("/api/presets?q=" + tag).header("X-Total-Count")).isEqualTo("2");
        alice.delete("/api/presets/" + one);
        alice.put("/api/presets/" + two, "{\"category\": \"memory\"}");
        Http.Response after = alice.get("/api/presets?q=" + tag);
        assertThat(after.header("X-Total-Count")).isEqualTo("1");
        assertThat(after.json())
                .isEqualTo(Value.arr(alice.get("/api/presets/" + two).json()));
        assertThat(after.text("0", "category")).isEqualTo("memory");
    }

    @Test
    void listFiltersSearchesAndSorts() {
        Http alice = newUser("alice");
        String tag = unique();
        alice.post("/api/presets/", preset("Zeta " + tag));
        alice.post("/api/presets/", preset("Alpha " + tag));
        Http.Response found = alice.get("/api/presets?q=" + tag + "&sort=name");
        assertThat(found.header("X-Total-Count")).isEqualTo("2");
        assertThat(found.text("0", "name")).isEqualTo("Alpha " + tag);
        assertThat(alice.get("/api/presets?category=memory&kind=parameter").header("X-Total-Count"))
                .isEqualTo("1");
        Http.Response paged = alice.get("/api/presets?q=" + tag + "&sort=name&page=1&size=1");
        assertThat(paged.text("0", "name")).isEqualTo("Zeta " + tag);
        assertThat(paged.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(alice.get("/api/presets?sort=bogus").status()).isEqualTo(400);
        assertThat(alice.get("/api/presets?limit=abc").status()).isEqualTo(400);
    }
}
