package dev.setpoint.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the command line prints offline with {@code --json} is the document the server answers for
 * the same request, member for member: both come from one encoder in {@code core.format}, so the
 * two cannot drift apart again (the CLI's merge once lacked {@code overridden_by}).
 */
class CliJsonIsTheServersDocumentTest {

    private static final String PROMPT = "{\"prompt\": \"a lighthouse\", \"steps\": 12}";

    @TempDir
    Path dir;

    private final Server server = Server.at(TestServer.url(), TestServer.ADMIN_TOKEN);
    private final List<Value> stored = new ArrayList<>();

    /** The other remote tests expect a server that holds only the built-in presets. */
    @AfterEach
    void deleteStoredPresets() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (Value id : stored) {
            HttpResponse<Void> deleted = client.send(
                    HttpRequest.newBuilder(URI.create(server.url() + "/api/presets/" + Json.write(id)))
                            .DELETE()
                            .header("Authorization", "Bearer " + TestServer.ADMIN_TOKEN)
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(deleted.statusCode()).isEqualTo(204);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"union", "intersection", "last_wins"})
    void mergeJsonIsTheMergeEndpointsBody(String strategy) {
        String offline = new Cli(dir)
                .run("merge", "--strategy", strategy, "balanced", "low-latency", "high-throughput", "--json")
                .succeeds()
                .out();

        Value answer = server.post(
                        "/api/presets/merge",
                        object(
                                "preset_ids", Value.arr(id("balanced"), id("low-latency"), id("high-throughput")),
                                "merge_strategy", Value.of(strategy)))
                .body();

        assertThat(Json.parse(offline)).isEqualTo(answer);
    }

    @Test
    void checkJsonIsTheCompatibilityEndpointsBody() {
        Cli.Result offline = new Cli(dir).run("check", "--template", "sd-image", "--preset", "balanced", "--json");

        Value answer = server.post(
                        "/api/compatibility",
                        object("template", Value.of("sd-image"), "preset_ids", Value.arr(id("balanced"))))
                .body();

        assertThat(offline.exit()).isEqualTo(ExitCodes.INCOMPATIBLE);
        assertThat(Json.parse(offline.out())).isEqualTo(answer);
    }

    /** sd-image, which no other test runs on the server: both estimates stand on the multipliers. */
    @Test
    void estimateJsonIsTheEstimateEndpointsBody() {
        String offline = new Cli(dir)
                .run("estimate", "--template", "sd-image", "--quality", "high", "--inputs", PROMPT, "--json")
                .succeeds()
                .out();

        Value answer = server.post(
                        "/api/estimate",
                        object(
                                "template",
                                Value.of("sd-image"),
                                "quality",
                                Value.of("high"),
                                "inputs",
                                Json.parse(PROMPT)))
                .body();

        assertThat(Json.parse(offline)).isEqualTo(answer);
    }

    /** Apply's parameters, provenance and conflicts; the CLI prints the last two under {@code _provenance}, {@code _conflicts}. */
    @Test
    void applyExplainedJsonCarriesTheApplyEndpointsParametersProvenanceAndConflicts() {
        String name = "Doc " + UUID.randomUUID().toString().substring(0, 8);
        String fast = "{\"name\": \"" + name + " fast\", \"parameters\": {\"steps\": [20]}}";
        String slow = "{\"name\": \"" + name + " slow\", \"parameters\": {\"steps\": [80]}}";
        Cli cli = new Cli(dir);
        Map<String, Value> offline = members(cli.run(
                        "apply",
                        "--template",
                        "sd-image",
                        "--quality",
                        "ultra",
                        "--preset",
                        cli.file("fast.json", fast),
                        "--preset",
                        cli.file("slow.json", slow),
                        "--strategy",
                        "last_wins",
                        "--inputs",
                        PROMPT,
                        "--explain",
                        "--json")
                .succeeds()
                .out());

        Map<String, Value> answer = ((Value.Obj) server.post(
                                "/api/apply",
                                object(
                                        "template",
                                        Value.of("sd-image"),
                                        "quality",
                                        Value.of("ultra"),
                                        "preset_ids",
                                        Value.arr(stored(fast), stored(slow)),
                                        "merge_strategy",
                                        Value.of("last_wins"),
                                        "inputs",
                                        Json.parse(PROMPT)))
                        .body())
                .members();

        Map<String, Value> parameters = new LinkedHashMap<>(offline);
        parameters.remove("_provenance");
        parameters.remove("_conflicts");
        assertThat(new Value.Obj(parameters)).isEqualTo(answer.get("parameters"));
        assertThat(offline.get("_provenance")).isEqualTo(answer.get("provenance"));
        assertThat(offline.get("_conflicts")).isEqualTo(answer.get("conflicts")).isNotEqualTo(Value.arr(List.of()));
    }

    @Test
    void templateJsonIsTheTemplateEndpointsBody() {
        assertThat(Json.parse(new Cli(dir)
                        .run("templates", "list", "--json")
                        .succeeds()
                        .out()))
                .isEqualTo(server.get("/api/templates").body());
        assertThat(Json.parse(new Cli(dir)
                        .run("templates", "show", "sd-image", "--json")
                        .succeeds()
                        .out()))
                .isEqualTo(server.get("/api/templates/sd-image").body());
    }

    /** The server's numeric id of the system preset with this slug. */
    private Value id(String slug) {
        return ((Value.Arr) server.get("/api/presets?kind=parameter&limit=200").body())
                .items().stream()
                        .map(p -> ((Value.Obj) p).members())
                        .filter(p -> p.get("slug").equals(Value.of(slug)))
                        .map(p -> p.get("id"))
                        .findFirst()
                        .orElseThrow();
    }

    /** Stores the preset in the server; its id. */
    private Value stored(String preset) {
        Value id = members(server.postJson("/api/presets", preset).text()).get("id");
        stored.add(id);
        return id;
    }

    private static Map<String, Value> members(String json) {
        return ((Value.Obj) Json.parse(json)).members();
    }

    private static Value.Obj object(Object... pairs) {
        Map<String, Value> members = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            members.put((String) pairs[i], (Value) pairs[i + 1]);
        }
        return new Value.Obj(members);
    }
}
