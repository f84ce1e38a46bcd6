package dev.setpoint.server.studies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.testing.Await;
import dev.setpoint.server.Http;
import dev.setpoint.server.ServerTestBase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Studies over HTTP on a real server and SQLite, with the built-in image function at 64x64 pixels as
 * the fast template: a grid of its steps and samplers, scored by the PSNR it measures.
 */
class StudyApiTest extends ServerTestBase {

    /** Fixed inputs that make every trial a small image. */
    private static final String INPUTS = "{\"prompt\": \"a fox\", \"width\": 64, \"height\": 64, \"seed\": 7}";

    private static final String MAX_PSNR = "[{\"metric\": \"psnr\", \"direction\": \"maximize\"}]";

    private Http alice;
    private String space;

    @BeforeEach
    void aliceAndHerSpace() {
        alice = newUser("alice");
        space = preset(alice, "{\"steps\": [1, 2], \"sampler\": [\"euler\", \"ddim\"]}");
    }

    @Test
    void aGridStudyRunsEveryPointOnceAndReportsTheBestTrialAndEachParametersEffect() throws Exception {
        Http.Response created = alice.post(
                "/api/studies",
                "{\"name\": \"small grid\", \"template\": \"sd-image\", \"quality\": \"draft\", \"preset_ids\": ["
                        + space + "], \"inputs\": " + INPUTS + ", \"objectives\": " + MAX_PSNR
                        + ", \"constraints\": [{\"metric\": \"run_seconds\", \"op\": \"<=\", \"value\": 600}]}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.header("Location")).endsWith("/api/studies/" + id);
        assertThat(created.text("name")).isEqualTo("small grid");
        assertThat(created.text("template")).isEqualTo("sd-image@1.0.0");
        assertThat(created.text("quality")).isEqualTo("draft");
        assertThat(created.text("strategy")).isEqualTo("grid");
        assertThat(created.text("grid_size")).isEqualTo("4");
        assertThat(created.text("budget", "max_trials")).isEqualTo("4");
        assertThat(created.text("budget", "parallelism")).isEqualTo("1");
        assertThat(created.text("seed")).matches("[0-9]+");
        assertThat(created.at("space", "steps")).isEqualTo(Value.arr(Value.of(1), Value.of(2)));
        assertThat(created.text("inputs", "width")).isEqualTo("64");
        assertThat(created.text("constraints", "0", "op")).isEqualTo("<=");
        assertThat(created.text("constraints", "0", "hard")).isEqualTo("true");
        assertThat(created.text("warnings")).isEqualTo("[]");

        Http.Response done = awaitEnded(alice, id);
        assertThat(done.text("status")).isEqualTo("finished");
        assertThat(done.text("progress", "succeeded")).isEqualTo("4");
        assertThat(done.text("progress", "trials")).isEqualTo("4");
        List<Value> trials = ((Value.Arr) done.at("trials")).items();
        assertThat(trials).hasSize(4);
        assertThat(trials.stream().map(t -> Value.of(text(t, "point"))).distinct())
                .as("every point once")
                .hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(done.text("trials", "" + i, "status")).isEqualTo("succeeded");
            assertThat(done.text("trials", "" + i, "job_id")).matches("[0-9a-f-]{36}");
            assertThat(Double.parseDouble(done.text("trials", "" + i, "metrics", "psnr")))
                    .isPositive();
            assertThat(done.text("trials", "" + i, "scores", "0"))
                    .isEqualTo(done.text("trials", "" + i, "metrics", "psnr"));
        }
        double best = Double.parseDouble(done.text("best", "scores", "0"));
        for (int i = 0; i < 4; i++) {
            assertThat(Double.parseDouble(done.text("trials", "" + i, "scores", "0")))
                    .isLessThanOrEqualTo(best);
        }
        assertThat(done.text("effects", "0", "parameter")).isEqualTo("steps");
        assertThat(done.text("effects", "1", "parameter")).isEqualTo("sampler");
        assertThat(done.text("pareto_front")).isEqualTo("[]");
        assertThat(done.text("finished_at")).isNotEqualTo("null");

        Http.Response list = alice.get("/api/studies?limit=1");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.text("0", "id")).isEqualTo(id);
        assertThat(list.text("0", "status")).isEqualTo("finished");
        assertThat(list.text("0", "trials")).isNull();
        assertThat(list.header("X-Total-Count")).isEqualTo("1");
    }

    @Test
    void theBestTrialSavedAsAPresetHasOneValuePerParameterAndSaysWhereItCameFrom() throws Exception {
        String id = study(
                alice,
                "{\"template\": \"sd-image\", \"quality\": \"draft\", \"preset_ids\": [" + space + "], \"inputs\": "
                        + INPUTS + ", \"objectives\": " + MAX_PSNR + "}");
        Http.Response done = awaitEnded(alice, id);

        Http.Response saved = alice.post("/api/studies/" + id + "/presets", "{\"name\": \"Best of " + id + "\"}");

        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        String preset = saved.text("id");
        assertThat(saved.header("Location")).endsWith("/api/presets/" + preset);
        assertThat(saved.text("kind")).isEqualTo("parameter");
        assertThat(saved.at("parameters", "steps")).isEqualTo(Value.arr(done.at("best", "point", "steps")));
        assertThat(saved.at("parameters", "sampler")).isEqualTo(Value.arr(done.at("best", "point", "sampler")));
        assertThat(saved.body()).contains(id);
        assertThat(alice.get("/api/presets/" + preset).status()).isEqualTo(200);

        Http.Response chosen =
                alice.post("/api/studies/" + id + "/presets", "{\"name\": \"Trial 0 of " + id + "\", \"trial\": 0}");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(201);
        assertThat(chosen.at("parameters", "steps")).isEqualTo(Value.arr(done.at("trials", "0", "point", "steps")));
        assertThat(pointers(alice.post("/api/studies/" + id + "/presets", "{}")))
                .containsExactly("/name");
    }

    @Test
    void cancellingStopsTheTrialThatRunsAndKeepsTheStudysDocument() throws Exception {
        String slow = preset(alice, "{\"steps\": [150, 149, 148]}");
        String id = study(
                alice,
                "{\"template\": \"sd-image\", \"preset_ids\": [" + slow + "], \"inputs\": {\"prompt\": \"a fox\", "
                        + "\"width\": 2048, \"height\": 2048}, \"objectives\": " + MAX_PSNR + "}");
        Await.until(() ->
                alice.get("/api/studies/" + id).text("progress", "running").equals("1"));

        Http.Response cancelled = alice.post("/api/studies/" + id + "/cancel", "");

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        Http.Response done = awaitEnded(alice, id);
        assertThat(done.text("status")).isEqualTo("cancelled");
        Await.until(() ->
                alice.get("/api/studies/" + id).text("trials", "0", "status").equals("cancelled"));
        assertThat(alice.get("/api/studies/" + id).text("progress", "trials")).isEqualTo("1");
    }

    @Test
    void everyBadSpecificationIsA400AtItsPointerAndNothingIsStored() {
        String before = alice.get("/api/studies").header("X-Total-Count");
        String request =
                "{\"template\": \"sd-image\", \"preset_ids\": [" + space + "], \"inputs\": " + INPUTS + ", %s}";

        assertThat(pointers(alice.post(
                        "/api/studies",
                        request.formatted(
                                "\"objectives\": [{\"metric\": \"ssim\", \"direction\": " + "\"maximize\"}]"))))
                .containsExactly("/objectives/0/metric");
        assertThat(pointers(alice.post(
                        "/api/studies",
                        request.formatted("\"objectives\": " + MAX_PSNR + ", \"constraints\": [{\"metric\": "
                                + "\"bits_per_char\", \"op\": \"<=\", \"value\": 2}]"))))
                .containsExactly("/constraints/0/metric");
        assertThat(pointers(alice.post(
                        "/api/studies",
                        request.formatted("\"objectives\": " + MAX_PSNR + ", \"strategy\": \"simulated-annealing\""))))
                .containsExactly("/strategy");
        assertThat(pointers(alice.post(
                        "/api/studies",
                        request.formatted("\"objectives\": " + MAX_PSNR + ", \"budget\": {\"max_trials\": 0, "
                                + "\"parallelism\": 1}"))))
                .containsExactly("/budget/max_trials");
        assertThat(pointers(alice.post(
                        "/api/studies",
                        request.formatted("\"objectives\": " + MAX_PSNR + ", \"budget\": {" + "\"max_seconds\": -1}"))))
                .containsExactly("/budget/max_seconds");
        assertThat(pointers(alice.post(
                        "/api/studies",
                        request.formatted("\"objectives\": [{\"metric\": \"ssim\", \"direction\": \"max\"}], "
                                + "\"budget\": {\"parallelism\": 99}"))))
                .as("every problem at once")
                .containsExactlyInAnyOrder("/budget/parallelism", "/objectives/0/metric");
        assertThat(pointers(alice.post(
                        "/api/studies",
                        "{\"template\": \"sd-image\", \"inputs\": " + INPUTS + ", \"objectives\": " + MAX_PSNR + "}")))
                .as("no presets, no space")
                .containsExactly("/space");
        assertThat(pointers(alice.post("/api/studies", request.formatted("\"objectives\": []"))))
                .containsExactly("/objectives");
        assertThat(pointers(alice.post(
                        "/api/studies",
                        request.formatted("\"objectives\": [{\"metric\": \"psnr\", \"direction\": \"up\"}], "
                                + "\"constraints\": [{\"metric\": \"psnr\", \"op\": \"=~\"}]"))))
                .containsExactly("/objectives/0/direction", "/constraints/0/op", "/constraints/0/value");
        String fixed = "{\"template\": \"sd-image\", \"preset_ids\": [" + space + "], \"inputs\": {\"prompt\": \"x\", "
                + "\"steps\": 3, \"sampler\": \"euler\"}, \"objectives\": " + MAX_PSNR + "}";
        Http.Response empty = alice.post("/api/studies", fixed);
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(empty.header("Content-Type")).startsWith("application/problem+json");
        assertThat(pointers(empty)).containsExactly("/space");
        Http.Response wrongType = alice.post(
                "/api/studies",
                request.formatted("\"objectives\": " + MAX_PSNR + ", \"budget\": {\"max_trials\": \"many\"}"));
        assertThat(wrongType.status()).as(wrongType.body()).isEqualTo(400);
        assertThat(pointers(wrongType)).containsExactly("/budget/max_trials");
        assertThat(alice.get("/api/studies").header("X-Total-Count")).isEqualTo(before);
    }

    @Test
    void aGridLargerThanItsBudgetSaysSoBeforeItStartsAndRunsOnlyTheBudget() throws Exception {
        Http.Response created = alice.post(
                "/api/studies",
                "{\"template\": \"sd-image\", \"preset_ids\": [" + space + "], \"inputs\": " + INPUTS
                        + ", \"objectives\": " + MAX_PSNR + ", \"budget\": {\"max_trials\": 2}}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("warnings", "0")).contains("4").contains("2");
        assertThat(created.text("quality")).as("the default").isEqualTo("standard");
        Http.Response done = awaitEnded(alice, created.text("id"));
        assertThat(done.text("progress", "trials")).isEqualTo("2");
        assertThat(done.text("warnings", "0")).isEqualTo(created.text("warnings", "0"));
    }

    @Test
    void anotherUsersStudyIsNotFoundAndAnonymousCallsAreRefused() throws Exception {
        String id = study(
                alice,
                "{\"template\": \"sd-image\", \"preset_ids\": [" + space + "], \"inputs\": " + INPUTS
                        + ", \"objectives\": " + MAX_PSNR + ", \"budget\": {\"max_trials\": 1}}");
        Http bob = newUser("bob");

        assertThat(bob.get("/api/studies/" + id).status()).isEqualTo(404);
        assertThat(bob.get("/api/studies/" + id + "/events").status()).isEqualTo(404);
        assertThat(bob.post("/api/studies/" + id + "/cancel", "").status()).isEqualTo(404);
        assertThat(bob.post("/api/studies/" + id + "/presets", "{\"name\": \"mine\"}")
                        .status())
                .isEqualTo(404);
        assertThat(bob.get("/api/studies").body()).doesNotContain(id);
        Http.Response hers = bob.post(
                "/api/studies",
                "{\"template\": \"sd-image\", \"preset_ids\": [" + space + "], \"objectives\": " + MAX_PSNR + "}");
        assertThat(hers.status()).as("her private preset").isEqualTo(404);
        assertThat(anonymous().get("/api/studies/" + id).status()).isEqualTo(401);
        assertThat(anonymous().get("/api/studies").status()).isEqualTo(401);
        assertThat(anonymous().post("/api/studies", "{}").status()).isEqualTo(401);
        awaitEnded(alice, id);
    }

    @Test
    void eventsSendTheStudyDocumentAndEndWithTheStudy() throws Exception {
        String id = study(
                alice,
                "{\"template\": \"sd-image\", \"preset_ids\": [" + space + "], \"inputs\": " + INPUTS
                        + ", \"objectives\": " + MAX_PSNR + ", \"budget\": {\"max_trials\": 2}}");

        List<String> live = events(alice, id);

        assertThat(live.get(0)).isEqualTo("event:study");
        assertThat(live.get(1)).contains("\"id\":\"" + id + "\"").contains("\"trials\":");
        assertThat(live.get(live.size() - 1))
                .contains("\"status\":\"finished\"")
                .contains("\"succeeded\":2");
    }

    /** A private parameter preset of {@code owner} with these parameters; its id. */
    private static String preset(Http owner, String parameters) {
        Http.Response created = owner.post(
                "/api/presets",
                "{\"name\": \"Space " + unique() + "\", \"category\": \"performance\", \"parameters\": " + parameters
                        + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("id");
    }

    private static String study(Http owner, String body) {
        Http.Response created = owner.post("/api/studies", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("id");
    }

    private static String text(Value object, String member) {
        return dev.setpoint.core.value.Json.write(((Value.Obj) object).members().get(member));
    }

    static List<String> pointers(Http.Response problem) {
        assertThat(problem.status()).as(problem.body()).isBetween(400, 499);
        return ((Value.Arr) problem.at("errors"))
                .items().stream()
                        .map(e -> ((Value.Obj) e).members().get("pointer"))
                        .map(p -> p instanceof Value.Str s ? s.value() : String.valueOf(p))
                        .toList();
    }

    static Http.Response awaitEnded(Http client, String id) throws InterruptedException {
        Await.until(() -> !client.get("/api/studies/" + id).text("status").equals("running"), 120);
        return client.get("/api/studies/" + id);
    }

    /** The event and data lines of the whole stream, which ends when the study does. */
    private static List<String> events(Http client, String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(client.baseUrl() + "/api/studies/" + id + "/events"))
                .header("Authorization", "Bearer " + client.token())
                .timeout(Duration.ofSeconds(120))
                .GET()
                .build();
        HttpResponse<Stream<String>> response = client.client().send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        try (Stream<String> lines = response.body()) {
            return lines.filter(l -> l.startsWith("event:") || l.startsWith("data:"))
                    .toList();
        }
    }
}
