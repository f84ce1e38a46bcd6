package dev.setpoint.server.batches;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.ExecutorLookup;
import dev.setpoint.jobs.JobsSettings;
import dev.setpoint.jobs.testing.Await;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.server.Http;
import dev.setpoint.server.ServerTestBase;
import dev.setpoint.server.config.SetpointProperties;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;

/** Batches and comparisons over HTTP on a real server and SQLite, with the test executor standing in for the runner's. */
// Closed after the class: its workers run only the test template, and while its context lived on in
// the cache it would share the database of every other test context and fail their studies of real
// templates ("cannot run any more").
@DirtiesContext
@Import(BatchApiTest.TestExecutors.class)
class BatchApiTest extends ServerTestBase {

    private static final String ITEM = "{\"template\": \"test-run\", \"quality\": \"%s\", \"inputs\": %s}";
    private static final String SAMPLES = "/api/templates/test-run/samples";

    @TestConfiguration
    static class TestExecutors {
        @Bean
        @Primary
        ExecutorLookup testExecutors() {
            return new TestRuns().lookup;
        }
    }

    @Autowired
    SetpointProperties properties;

    private Http alice;

    @BeforeEach
    void template() throws Exception {
        Path file = properties.effectiveTemplatesDir().resolve("test-run.yaml");
        if (!Files.exists(file)) {
            Files.writeString(file, TestRuns.TEMPLATE_YAML);
        }
        Await.until(() -> admin().get("/api/templates/test-run@1.0.0").status() == 200);
        alice = newUser("alice");
    }

    @Test
    void aBatchRunsEachItemAtItsOwnQualityAndCountsThemAllSucceeded() throws Exception {
        Http.Response submitted = alice.post(
                "/api/batches",
                "{\"name\": \"mixed\", \"items\": [" + ITEM.formatted("draft", "{\"millis\": 10}") + ", "
                        + ITEM.formatted("high", "{\"millis\": 10}") + ", "
                        + ITEM.formatted("ultra", "{}") + "]}");

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.text("id");
        assertThat(submitted.header("Location")).endsWith("/api/batches/" + id);
        assertThat(submitted.text("kind")).isEqualTo("batch");
        assertThat(submitted.text("name")).isEqualTo("mixed");
        assertThat(submitted.text("items")).isEqualTo("3");
        assertThat(Double.parseDouble(submitted.text("estimate_seconds"))).isPositive();

        Http.Response done = awaitEnded(alice, id);
        assertThat(done.text("status")).isEqualTo("finished");
        assertThat(done.text("counts", "succeeded")).isEqualTo("3");
        assertThat(Double.parseDouble(done.text("measured_seconds"))).isGreaterThanOrEqualTo(0.02);
        assertThat(List.of(0, 1, 2).stream()
                        .map(i -> done.text("jobs", "" + i, "job", "quality"))
                        .toList())
                .containsExactly("draft", "high", "ultra");
        assertThat(done.text("jobs", "2", "index")).isEqualTo("2");
        Http.Response list = alice.get("/api/batches?limit=1");
        assertThat(list.text("0", "id")).isEqualTo(id);
        assertThat(list.text("0", "jobs")).isNull();
        assertThat(list.header("X-Total-Count")).isNotNull();
    }

    @Test
    void aBatchWithInvalidItemsIsA400PointingIntoEachAndQueuesNothing() {
        Http.Response before = alice.get("/api/jobs");

        Http.Response refused = alice.post(
                "/api/batches",
                "{\"items\": [" + ITEM.formatted("draft", "{}") + ", {\"template\": \"no-such-template\"}, "
                        + ITEM.formatted("no-such-level", "{}") + ", "
                        + ITEM.formatted("high", "{\"millis\": -1}") + ", null]}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(pointers(refused))
                .containsExactly("/items/1/template", "/items/2/quality", "/items/4", "/items/3/inputs/millis");
        assertThat(alice.get("/api/jobs").header("X-Total-Count")).isEqualTo(before.header("X-Total-Count"));
        assertThat(alice.get("/api/batches").header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void anItemOnlyTheBatchServiceRefusesIsPointedAtWhereTheClientWroteIt() {
        Http.Response refused = alice.post(
                "/api/batches",
                "{\"items\": [" + ITEM.formatted("draft", "{}") + ", " + ITEM.formatted("high", "{\"millis\": -1}")
                        + "]}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(pointers(refused)).containsExactly("/items/1/inputs/millis");
        assertThat(alice.get("/api/batches").header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void aBatchNeedsItemsAndAtMostTheLimitOfThem() {
        String tooMany = Stream.generate(() -> "{}")
                .limit(dev.setpoint.jobs.BatchService.MAX_ITEMS + 1L)
                .collect(Collectors.joining(",", "{\"items\": [", "]}"));

        assertThat(pointers(alice.post("/api/batches", "{\"items\": []}"))).containsExactly("/items");
        assertThat(pointers(alice.post("/api/batches", "{}"))).containsExactly("/items");
        Http.Response refused = alice.post("/api/batches", tooMany);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.text("errors", "0", "message")).contains("10000");
    }

    @Test
    void cancellingMidBatchEndsWhatHasNotFinishedAndLeavesWhatHas() throws Exception {
        String id = alice.post(
                        "/api/batches",
                        "{\"items\": [" + ITEM.formatted("draft", "{}") + ", "
                                + ITEM.formatted("draft", "{\"behaviour\": \"slow\", \"millis\": 60000}") + ", "
                                + ITEM.formatted("draft", "{\"behaviour\": \"slow\", \"millis\": 60000}") + "]}")
                .text("id");
        Await.until(() ->
                alice.get("/api/batches/" + id).text("counts", "succeeded").equals("1"));

        Http.Response cancelled = alice.post("/api/batches/" + id + "/cancel", "");

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        Http.Response done = awaitEnded(alice, id);
        assertThat(done.text("status")).isEqualTo("cancelled");
        assertThat(done.text("counts", "succeeded")).isEqualTo("1");
        assertThat(done.text("counts", "cancelled")).isEqualTo("2");
        assertThat(done.text("jobs", "1", "job", "status")).isEqualTo("cancelled");
    }

    @Test
    void eventsSendTheCountsOnEveryChangeAndEndWhenEveryItemHas() throws Exception {
        String id = alice.post(
                        "/api/batches",
                        "{\"items\": [" + ITEM.formatted("draft", "{\"behaviour\": \"slow\", \"millis\": 300}") + ", "
                                + ITEM.formatted("high", "{\"behaviour\": \"slow\", \"millis\": 300}") + "]}")
                .text("id");

        List<String> live = events(alice, id);

        assertThat(live.get(0)).isEqualTo("event:batch");
        assertThat(live.get(live.size() - 1))
                .contains("\"id\":\"" + id + "\"")
                .contains("\"succeeded\":2")
                .contains("\"status\":\"finished\"");
    }

    @Test
    void anotherUserFindsNoneOfAlicesBatchesOrComparisons() throws Exception {
        String batch = alice.post("/api/batches", "{\"items\": [" + ITEM.formatted("draft", "{}") + "]}")
                .text("id");
        String comparison = alice.post(
                        "/api/comparisons", "{\"template\": \"test-run\", \"levels\": [\"draft\"], \"seed\": 5}")
                .text("comparison_id");
        awaitEnded(alice, batch);
        String job = alice.get("/api/comparisons/" + comparison).text("results", "draft", "job_id");

        Http bob = newUser("bob");

        assertThat(bob.get("/api/batches/" + batch).status()).isEqualTo(404);
        assertThat(bob.get("/api/batches/" + batch + "/events").status()).isEqualTo(404);
        assertThat(bob.post("/api/batches/" + batch + "/cancel", "").status()).isEqualTo(404);
        assertThat(bob.get("/api/batches").body()).doesNotContain(batch);
        assertThat(bob.get("/api/comparisons/" + comparison).status()).isEqualTo(404);
        assertThat(bob.get("/api/comparisons/" + batch).status()).isEqualTo(404);
        assertThat(bob.get("/api/comparisons/" + comparison + "/jobs/" + job + "/outputs/out.txt")
                        .status())
                .isEqualTo(404);
        assertThat(alice.get("/api/comparisons/" + batch).status()).isEqualTo(404);
        assertThat(anonymous().get("/api/batches/" + batch).status()).isEqualTo(401);
    }

    @Test
    void aComparisonRunsEachLevelWithOneSeedAndAFailingLevelKeepsItsErrorWhileTheOthersCompare() throws Exception {
        String slug = "broken_" + unique();
        Http.Response preset = alice.post(
                "/api/presets",
                "{\"kind\": \"quality\", \"id\": \"" + slug + "\", \"name\": \"Broken " + slug
                        + "\", \"base_preset\": \"ultra\", \"parameters\": {\"text_generation\": "
                        + "{\"behaviour\": \"fail\"}}}");
        assertThat(preset.status()).as(preset.body()).isEqualTo(201);

        Http.Response submitted = alice.post(
                "/api/comparisons",
                "{\"template\": \"test-run\", \"inputs\": {\"millis\": 20}, \"levels\": [\"draft\", \"standard\", "
                        + "\"high\"], \"quality_presets\": [\"" + slug + "\"]}");

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.text("comparison_id");
        assertThat(submitted.header("Location")).endsWith("/api/comparisons/" + id);
        assertThat(submitted.text("batch")).isEqualTo("/api/batches/" + id);
        awaitEnded(alice, id);
        Http.Response comparison = alice.get("/api/comparisons/" + id);
        assertThat(comparison.text("template_id")).isEqualTo("test-run@1.0.0");
        assertThat(((Value.Obj) comparison.at("results")).members().keySet())
                .containsExactly("draft", "standard", "high", slug);
        assertThat(comparison.text("results", slug, "status")).isEqualTo("failed");
        assertThat(comparison.text("results", slug, "error")).contains("it broke");
        assertThat(comparison.text("timings", slug)).isEqualTo("null");
        assertThat(comparison.text("results", "high", "outputs", "0", "url"))
                .startsWith("/api/comparisons/" + id + "/jobs/");
        assertThat(comparison.text("analysis", "time_ratios", "standard")).isEqualTo("1.0");
        assertThat(comparison.text("analysis", "time_ratios")).doesNotContain(slug);
        // test-run declares no metrics: there is nothing to gain per second (the image test has them).
        assertThat(comparison.text("metrics")).isEqualTo("[]");
        assertThat(comparison.text("analysis", "levels", "1", "gain_per_second"))
                .isEqualTo("{}");
        assertThat(Double.parseDouble(comparison.text("analysis", "levels", "2", "cost")))
                .isPositive();
        String seed = comparison.text("seed");
        Http.Response batch = alice.get("/api/batches/" + id);
        assertThat(batch.text("kind")).isEqualTo("comparison");
        for (int i = 0; i < 4; i++) {
            assertThat(batch.text("jobs", "" + i, "job", "parameters", "seed")).isEqualTo(seed);
        }
        Http.Response output = alice.get(
                comparison.text("results", "draft", "outputs", "0", "url").substring(0));
        assertThat(output.status()).isEqualTo(200);
        assertThat(output.body()).startsWith("done ");
    }

    @Test
    void aComparisonWithoutLevelsRunsAllFourWithTheSeedItWasGiven() throws Exception {
        Http.Response submitted = alice.post("/api/comparisons", "{\"template\": \"test-run\", \"seed\": 42}");

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(((Value.Obj) submitted.at("results")).members().keySet())
                .containsExactly("draft", "standard", "high", "ultra");
        assertThat(submitted.text("seed")).isEqualTo("42");
        assertThat(submitted.text("inputs", "seed")).isEqualTo("42");
    }

    @Test
    void aComparisonsProblemsPointIntoItsBodyAndNothingIsQueued() {
        Http.Response badLevel = alice.post(
                "/api/comparisons",
                "{\"template\": \"test-run\", \"levels\": [\"draft\", \"bogus\", \"draft\", null]}");
        Http.Response badInput =
                alice.post("/api/comparisons", "{\"template\": \"test-run\", \"inputs\": {\"millis\": -1}}");
        Http.Response noTemplate = alice.post("/api/comparisons", "{\"levels\": [\"draft\"]}");
        Http.Response noLevels = alice.post("/api/comparisons", "{\"template\": \"test-run\", \"levels\": []}");

        assertThat(badLevel.status()).as(badLevel.body()).isEqualTo(400);
        assertThat(pointers(badLevel)).containsExactly("/levels/1", "/levels/2", "/levels/3");
        assertThat(badInput.status()).as(badInput.body()).isEqualTo(400);
        assertThat(pointers(badInput)).containsExactly("/inputs/millis");
        assertThat(pointers(noTemplate)).containsExactly("/template");
        assertThat(pointers(noLevels)).containsExactly("/levels");
        assertThat(alice.get("/api/batches").header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void twoRequestsAtOnceMakeOneSampleAndOneThatHasEndedIsMadeAgain() throws Exception {
        // Every worker busy, so that the sample's jobs wait and the second request finds it running.
        int workers = JobsSettings.defaultWorkers();
        String slow = ITEM.formatted("draft", "{\"behaviour\": \"slow\", \"millis\": 60000}");
        String blocker = alice.post(
                        "/api/batches", "{\"items\": [" + String.join(", ", Collections.nCopies(workers, slow)) + "]}")
                .text("id");
        Await.until(() ->
                alice.get("/api/batches/" + blocker).text("counts", "running").equals("" + workers));
        Http bob = newUser("bob");
        List<Http.Response> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<Http.Response> answer : pool.invokeAll(
                    List.<Callable<Http.Response>>of(() -> alice.post(SAMPLES, ""), () -> bob.post(SAMPLES, "")))) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).extracting(Http.Response::status).containsExactlyInAnyOrder(201, 200);
        String id = answers.get(0).text("comparison_id");
        assertThat(answers.get(1).text("comparison_id")).isEqualTo(id);
        assertThat(alice.get(SAMPLES).text("comparison_id")).isEqualTo(id);

        alice.post("/api/batches/" + blocker + "/cancel", "");
        Await.until(() -> Stream.of("draft", "standard", "high", "ultra")
                .allMatch(level ->
                        alice.get(SAMPLES).text("results", level, "status").equals("succeeded")));
        Http.Response again = bob.post(SAMPLES, "");
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.text("comparison_id")).isNotEqualTo(id);
    }

    static List<String> pointers(Http.Response problem) {
        return ((Value.Arr) problem.at("errors"))
                .items().stream()
                        .map(e -> ((Value.Obj) e).members().get("pointer"))
                        .map(p -> p instanceof Value.Str s ? s.value() : String.valueOf(p))
                        .toList();
    }

    static Http.Response awaitEnded(Http client, String id) throws InterruptedException {
        Await.until(() -> !client.get("/api/batches/" + id).text("status").equals("running"));
        return client.get("/api/batches/" + id);
    }

    /** The event and data lines of the whole stream, which ends when the batch does. */
    private static List<String> events(Http client, String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(client.baseUrl() + "/api/batches/" + id + "/events"))
                .header("Authorization", "Bearer " + client.token())
                .timeout(Duration.ofSeconds(60))
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
