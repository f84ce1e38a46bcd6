package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, item 1: {@code 1e999999999} is about fifty bytes and a billion digits once written out.
 * Every endpoint family refuses it in milliseconds, several at once, and the server stays healthy.
 */
class NumberExpansionTest extends ServerTestBase {

    private static final String HUGE = "1e999999999";
    private static final Duration QUICK = Duration.ofSeconds(3);
    private static final long HEAP_GROWTH_LIMIT = 256L * 1024 * 1024;

    @Test
    void hugeExponentsEverywhereAre400InMillisecondsAndTheServerStaysHealthy() {
        Http alice = newUser("alice");
        String presetId = alice.post(
                        "/api/presets/", "{\"name\": \"n-" + unique() + "\", \"parameters\": " + "{\"steps\": [20]}}")
                .text("id");
        List<Supplier<Http.Response>> requests = List.of(
                () -> alice.post("/api/presets/", "{\"name\": \"h\", \"parameters\": {\"steps\": [1, " + HUGE + "]}}"),
                () -> alice.put("/api/presets/" + presetId, "{\"parameters\": {\"steps\": [-" + HUGE + "]}}"),
                () -> alice.post(
                        "/api/presets/import",
                        "{\"version\": \"1.0\", \"preset\": {\"name\": \"i\", " + "\"parameters\": {\"cfg\": [" + HUGE
                                + "]}}}"),
                () -> alice.post("/api/presets/merge", "{\"preset_ids\": [" + HUGE + "]}"),
                () -> alice.post("/api/apply", "{\"template\": \"sd-image\", \"quality\": " + HUGE + "}"),
                () -> alice.post(
                        "/api/estimate", "{\"template\": \"sd-image\", \"inputs\": {\"steps\": " + HUGE + "}}"),
                () -> alice.post(
                        "/api/compatibility",
                        "{\"template\": \"sd-image\", \"inputs\": {\"cfg_scale\": 1e-999999999}}"),
                () -> alice.post(
                        "/api/jobs",
                        "{\"template\": \"noop\", \"inputs\": {\"prompt\": \"x\", \"seed\": " + HUGE + "}}"),
                () -> alice.post(
                        "/api/quality/preview",
                        "{\"template\": \"sd-image\", \"preset\": {\"name\": \"q\", "
                                + "\"base_preset\": \"high\", \"parameters\": {\"image_generation\": {\"steps\": "
                                + HUGE + "}}}}"),
                () -> alice.post("/api/me/tokens", "{\"name\": " + HUGE + "}"),
                () -> admin().post("/api/users", "{\"username\": " + HUGE + "}"));
        resetHeapPeaks();
        long before = heapBeyondYoung();

        List<Timed> answers;
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<CompletableFuture<Timed>> sent = requests.stream()
                    .map(request -> CompletableFuture.supplyAsync(() -> Timed.of(request), pool))
                    .toList();
            answers = sent.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }

        for (Timed answer : answers) {
            String body = answer.response().body();
            assertThat(answer.response().status()).as(body).isEqualTo(400);
            assertThat(answer.took()).as(body).isLessThan(QUICK);
            assertThat(answer.response().text("detail")).as(body).doesNotContain("java.", "jackson", "Constraints");
        }
        assertThat(answers.get(0).response().text("detail"))
                .isEqualTo("number 1E+999999999 is too large: at most 100 digits and exponents within ±300");
        assertThat(answers.get(0).response().text("errors", "0", "pointer")).isEqualTo("/parameters/steps/1");
        assertThat(answers.get(5).response().text("errors", "0", "pointer")).isEqualTo("/inputs/steps");
        assertThat(answers.get(6).response().text("detail")).contains("1E-999999999 is too small");
        assertThat(heapBeyondYoung() - before).isLessThan(HEAP_GROWTH_LIMIT);
        assertThat(peakHeapBeyondYoung() - before).isLessThan(HEAP_GROWTH_LIMIT);
        assertThat(anonymous().get("/actuator/health").body()).contains("UP");
        Http.Response normal = alice.post(
                "/api/estimate",
                "{\"template\": \"sd-image\", \"quality\": \"high\", "
                        + "\"inputs\": {\"prompt\": \"a red ball\", \"steps\": 1e2}}");
        assertThat(normal.status()).as(normal.body()).isEqualTo(200);
    }

    private record Timed(Http.Response response, Duration took) {
        static Timed of(Supplier<Http.Response> request) {
            long start = System.nanoTime();
            Http.Response response = request.get();
            return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Written-out digits land in the old generation (too large for the young one): watch it, not eden. */
    private static List<MemoryPoolMXBean> oldPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .filter(pool ->
                        !pool.getName().contains("Eden") && !pool.getName().contains("Survivor"))
                .toList();
    }

    private static void resetHeapPeaks() {
        oldPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapBeyondYoung() {
        return oldPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private static long peakHeapBeyondYoung() {
        return oldPools().stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
