package dev.setpoint.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.ExecutorLookup;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;

/** The jobs API on a real server and SQLite, with the test executor standing in for the runner's. */
// Closed after the class: its workers run only the test template, and while its context lived on in
// the cache it would share the database of every other test context and fail their studies of real
// templates ("cannot run any more").
@DirtiesContext
@Import(JobApiTest.TestExecutors.class)
class JobApiTest extends ServerTestBase {

    private static final String RUN = "{\"template\": \"test-run\", \"quality\": \"high\", \"inputs\": %s}";

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

    /** Slugs are unique per owner: the numeric id, not the slug, says which preset a job ran on. */
    @Test
    void aJobOnAQualityPresetNamedByIdRecordsThatPresetWhenSeveralUsersShareItsSlug() throws Exception {
        String slug = "custom_" + unique();
        String quality = "{\"kind\": \"quality\", \"id\": \"%s\", \"name\": \"%s\", \"base_preset\": \"high\","
                + " \"visibility\": \"shared\"}";
        String bobs = newUser("bob")
                .post("/api/presets", quality.formatted(slug, "B " + slug))
                .text("id");
        newUser("carol").post("/api/presets", quality.formatted(slug, "C " + slug));

        Http.Response submitted = alice.post(
                "/api/jobs", "{\"template\": \"test-run\", \"quality\": " + bobs + ", \"inputs\": {\"millis\": 10}}");

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        assertThat(submitted.text("preset_revisions")).contains("\"id\":" + bobs + ",\"slug\":\"" + slug + "\"");
        assertThat(awaitFinished(alice, submitted.text("id")).text("status")).isEqualTo("succeeded");
    }

    @Test
    void aSubmittedJobRunsAndNamesItsStatusEstimateAndRunSeconds() throws Exception {
        Http.Response submitted = alice.post("/api/jobs", RUN.formatted("{\"millis\": 50}"));

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.text("id");
        assertThat(submitted.header("Location")).endsWith("/api/jobs/" + id);
        assertThat(submitted.text("status")).isIn("queued", "running", "succeeded");
        assertThat(submitted.text("estimate_source")).isIn("multipliers", "history");
        assertThat(Double.parseDouble(submitted.text("estimate"))).isPositive();
        assertThat(submitted.text("template")).isEqualTo("test-run@1.0.0");
        assertThat(submitted.text("preset_revisions")).contains("\"slug\":\"high\"");

        Http.Response done = awaitFinished(alice, id);
        assertThat(done.text("status")).isEqualTo("succeeded");
        assertThat(Double.parseDouble(done.text("run_seconds"))).isGreaterThanOrEqualTo(0.05);
        assertThat(done.text("outputs", "0", "url")).isEqualTo("/api/jobs/" + id + "/outputs/out.txt");
        assertThat(done.text("metrics", "output_bytes")).isEqualTo("41");
        assertThat(done.text("metrics", "waited_ms")).isEqualTo("50");

        Http.Response file = alice.get("/api/jobs/" + id + "/outputs/out.txt");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("text/plain");
        assertThat(file.body()).isEqualTo("done " + id);
    }

    @Test
    void afterThreeRunsEstimatesLearnFromTheHistoryAndTheAccuracyReportCountsTheRuns() throws Exception {
        for (int i = 0; i < 3; i++) {
            awaitFinished(
                    alice,
                    alice.post("/api/jobs", RUN.formatted("{\"millis\": 20}")).text("id"));
        }

        Http.Response estimate = alice.post("/api/estimate", RUN.formatted("{\"millis\": 20}"));
        assertThat(estimate.status()).as(estimate.body()).isEqualTo(200);
        assertThat(estimate.text("basis")).isEqualTo("history");
        assertThat(Integer.parseInt(estimate.text("runs_used"))).isGreaterThanOrEqualTo(3);
        Http.Response applied = alice.post("/api/apply", RUN.formatted("{\"millis\": 20}"));
        assertThat(applied.text("estimate", "basis")).isEqualTo("history");
        assertThat(applied.text("estimate", "expected_seconds")).isEqualTo(estimate.text("expected_seconds"));
        Http.Response preview = alice.post(
                "/api/quality/preview",
                "{\"template\": \"test-run\", \"preset\": "
                        + "{\"name\": \"Unsaved\", \"base_preset\": \"high\", \"parameters\": {}}, "
                        + "\"inputs\": {\"millis\": 20}}");
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.text("base", "estimate", "basis")).isEqualTo("history");
        assertThat(preview.text("base", "estimate", "expected_seconds")).isEqualTo(estimate.text("expected_seconds"));
        assertThat(preview.text("result", "estimate", "basis")).isEqualTo("history");
        Http.Response report = alice.get("/api/estimates/accuracy");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).contains("\"template\":\"test-run@1.0.0\"");
        assertThat(Integer.parseInt(report.text("all", "runs"))).isGreaterThanOrEqualTo(3);
        assertThat(anonymous().get("/api/estimates/accuracy").status()).isEqualTo(401);
    }

    @Test
    void theAccuracyReportCountsEveryUsersRunsButNamesNoPresetInputOrUser() throws Exception {
        String slug = alice.post(
                        "/api/presets",
                        "{\"kind\": \"quality\", \"name\": \"Secret Plan\", "
                                + "\"base_preset\": \"high\", \"parameters\": {}}")
                .text("slug");
        String tuning = alice.post("/api/presets", "{\"name\": \"Secret Tuning\", \"parameters\": {\"millis\": [21]}}")
                .text("id");
        Http bob = newUser("bob");
        String runs = alice.get("/api/estimates/accuracy").text("all", "runs");
        Http.Response secret = alice.post(
                "/api/jobs",
                "{\"template\": \"test-run\", \"quality\": \"" + slug + "\", \"preset_ids\": [" + tuning
                        + "], \"inputs\": {\"prompt\": \"a violet heron at dawn\"}}");
        Http.Response plain = bob.post("/api/jobs", RUN.formatted("{\"prompt\": \"the ledger of Bob\"}"));
        assertThat(List.of(secret.status(), plain.status()))
                .as(secret.body() + plain.body())
                .containsOnly(202);
        awaitFinished(alice, secret.text("id"));
        awaitFinished(bob, plain.text("id"));

        Http.Response report = bob.get("/api/estimates/accuracy");

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(Integer.parseInt(report.text("all", "runs"))).isGreaterThanOrEqualTo(Integer.parseInt(runs) + 2);
        assertThat(report.body())
                .doesNotContain(
                        "Secret",
                        slug,
                        "violet heron",
                        "ledger",
                        alice.get("/api/me").text("username"),
                        bob.get("/api/me").text("username"));
    }

    @Test
    void eventsStreamProgressAndEndWithTheFinalStatusAndLateFollowersGetTheCurrentState() throws Exception {
        String id = alice.post("/api/jobs", RUN.formatted("{\"behaviour\": \"slow\", \"millis\": 1500}"))
                .text("id");

        List<String> live = events(alice, id);

        assertThat(live.get(0)).isEqualTo("event:status");
        assertThat(live).contains("event:progress");
        assertThat(live.stream().filter(l -> l.startsWith("data:")).collect(Collectors.joining("\n")))
                .contains("\"stage\":\"waiting\"")
                .contains("\"eta_seconds\":");
        assertThat(live.get(live.size() - 1))
                .contains("\"status\":\"succeeded\"")
                .contains("\"percent\":100.0");

        List<String> late = events(alice, id);
        assertThat(late).hasSize(2);
        assertThat(late.get(1)).contains("\"status\":\"succeeded\"");
    }

    @Test
    void aRunningJobIsCancelledOnceAndThenStaysCancelled() {
        String id = alice.post("/api/jobs", RUN.formatted("{\"behaviour\": \"slow\", \"millis\": 60000}"))
                .text("id");

        Http.Response cancelled = alice.post("/api/jobs/" + id + "/cancel", "");
        Http.Response again = alice.post("/api/jobs/" + id + "/cancel", "");

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("cancelled");
        assertThat(again.status()).isEqualTo(409);
        assertThat(alice.get("/api/jobs/" + id).text("status")).isEqualTo("cancelled");
    }

    @Test
    void anotherUsersJobIsNotFoundEverywhere() throws Exception {
        String id = alice.post("/api/jobs", RUN.formatted("{}")).text("id");
        awaitFinished(alice, id);
        Http bob = newUser("bob");

        for (Http other : List.of(bob, admin())) {
            assertThat(other.get("/api/jobs/" + id).status()).isEqualTo(404);
            assertThat(other.get("/api/jobs/" + id + "/events").status()).isEqualTo(404);
            assertThat(other.post("/api/jobs/" + id + "/cancel", "").status()).isEqualTo(404);
            assertThat(other.get("/api/jobs/" + id + "/outputs/out.txt").status())
                    .isEqualTo(404);
            assertThat(other.get("/api/jobs?limit=200").body()).doesNotContain(id);
        }
        assertThat(alice.get("/api/jobs?template=test-run").body()).contains(id);
        assertThat(alice.get("/api/jobs?template=test-run").header("X-Total-Count"))
                .isEqualTo("1");
        assertThat(alice.get("/api/jobs?status=failed").header("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void theListFiltersByQualityAndAMetricsRangeAndSortsByTheMetricWithPageLinksThatKeepBoth() throws Exception {
        String fast = awaitFinished(
                        alice,
                        alice.post("/api/jobs", RUN.formatted("{\"millis\": 10}"))
                                .text("id"))
                .text("id");
        String slow = awaitFinished(
                        alice,
                        alice.post("/api/jobs", RUN.replace("high", "draft").formatted("{\"millis\": 30}"))
                                .text("id"))
                .text("id");
        String middle = awaitFinished(
                        alice,
                        alice.post("/api/jobs", RUN.formatted("{\"millis\": 20}"))
                                .text("id"))
                .text("id");

        assertThat(ids(alice.get("/api/jobs?quality=high"))).containsExactly(middle, fast);
        assertThat(ids(alice.get("/api/jobs?metric=waited_ms&min=15"))).containsExactly(middle, slow);
        assertThat(ids(alice.get("/api/jobs?metric=waited_ms&min=15&max=20"))).containsExactly(middle);
        assertThat(ids(alice.get("/api/jobs?metric=no_such&max=1000"))).isEmpty();
        assertThat(ids(alice.get("/api/jobs?preset=424242"))).isEmpty();
        assertThat(ids(alice.get("/api/jobs?sort=run_seconds"))).containsExactlyInAnyOrder(fast, middle, slow);
        Http.Response sorted = alice.get("/api/jobs?metric=waited_ms&sort=metric&order=asc&limit=2");
        assertThat(ids(sorted)).containsExactly(fast, middle);
        assertThat(sorted.header("X-Total-Count")).isEqualTo("3");
        assertThat(sorted.header("Link"))
                .contains("</api/jobs?metric=waited_ms&sort=metric&order=asc&offset=2&limit=2>; rel=\"next\"");
        assertThat(ids(alice.get("/api/jobs?metric=waited_ms&sort=metric&order=asc&offset=2&limit=2")))
                .containsExactly(slow);
    }

    @Test
    void aBadListParameterIsAProblemNamingIt() {
        Map<String, String> bad = Map.of(
                "sort=size", "sort",
                "order=up", "order",
                "preset=abc", "preset",
                "preset=0", "preset",
                "metric=PSNR&min=1", "metric",
                "min=1", "metric",
                "metric=psnr&min=x", "min",
                "metric=psnr&max=NaN", "max",
                "metric=psnr&min=2&max=1", "min");
        bad.forEach((query, field) -> {
            Http.Response response = alice.get("/api/jobs?" + query);
            assertProblem(response, 400);
            assertThat(response.text("errors", "0", "field")).as(query).isEqualTo(field);
        });
    }

    private static List<String> ids(Http.Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return ((Value.Arr) list.json())
                .items().stream()
                        .map(job -> ((Value.Str) ((Value.Obj) job).members().get("id")).value())
                        .toList();
    }

    @Test
    void badInputIsAProblemDocumentNeverAServerError() {
        assertProblem(alice.post("/api/jobs", "{}"), 400);
        assertProblem(alice.post("/api/jobs", "{\"template\": 5}"), 400);
        assertProblem(alice.post("/api/jobs", "{\"template\": \"nothing-here\"}"), 404);
        assertProblem(alice.post("/api/jobs", RUN.formatted("{\"millis\": -1}")), 400);
        assertProblem(alice.post("/api/jobs", "not json"), 400);
        assertProblem(alice.get("/api/jobs?status=done"), 400);
        assertProblem(alice.get("/api/jobs?limit=0"), 400);
        assertProblem(alice.get("/api/jobs/not-a-uuid"), 400);
        assertProblem(alice.get("/api/jobs/00000000-0000-0000-0000-000000000000"), 404);
        Http.Response unrunnable =
                alice.post("/api/jobs", "{\"template\": \"sd-image\", \"inputs\": {\"prompt\": \"x\"}}");
        assertProblem(unrunnable, 409);
        assertThat(unrunnable.body()).contains("sd-image@1.0.0 cannot run here: these tests run only test-run@1.0.0");
        assertThat(anonymous().get("/api/jobs").status()).isEqualTo(401);
    }

    @Test
    void outputNamesCannotReachOutsideTheJob() throws Exception {
        String id = alice.post("/api/jobs", RUN.formatted("{}")).text("id");
        awaitFinished(alice, id);
        for (String name : List.of("..%2F..%2Fsetpoint.db", "..", "%2E%2E", "setpoint.db", "out.txt%00")) {
            Http.Response response = alice.get("/api/jobs/" + id + "/outputs/" + name);
            assertThat(response.status()).as(name).isBetween(400, 499);
        }
    }

    private static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    static Http.Response awaitFinished(Http client, String id) throws InterruptedException {
        Await.until(() -> List.of("succeeded", "failed", "cancelled")
                .contains(client.get("/api/jobs/" + id).text("status")));
        return client.get("/api/jobs/" + id);
    }

    /** The event and data lines of the whole stream, which ends when the job does. */
    private static List<String> events(Http client, String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(client.baseUrl() + "/api/jobs/" + id + "/events"))
                .header("Authorization", "Bearer " + client.token())
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        HttpResponse<java.util.stream.Stream<String>> response =
                client.client().send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        try (java.util.stream.Stream<String> lines = response.body()) {
            return lines.filter(l -> l.startsWith("event:") || l.startsWith("data:"))
                    .toList();
        }
    }
}
