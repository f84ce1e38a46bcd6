package dev.setpoint.runner.load;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Drives a {@link LoadPlan} against an OpenAI-compatible server: {@code concurrency} workers take
 * the next request as soon as theirs ends, so that many are in flight until the last ones. Every
 * prompt is made of the same few words in an order seeded by the request's index, so a run's load is
 * the same every time, yet no two prompts share more than a word or two of prefix (a prefix cache
 * hits as little as it would on different users' prompts). A request that fails is counted, never
 * retried. Thread-safe; one instance serves one server.
 */
public final class StreamingLoad {

    /** How often the calling thread checks on the load (and the caller on its server). */
    private static final long POLL_MILLIS = 100;

    private static final List<String> WORDS = List.of(
            "the",
            "a",
            "river",
            "stone",
            "light",
            "over",
            "under",
            "green",
            "quiet",
            "city",
            "road",
            "cloud",
            "small",
            "old",
            "bright",
            "window",
            "garden",
            "north",
            "winter",
            "song",
            "paper",
            "bridge",
            "field",
            "morning",
            "silver",
            "harbor",
            "forest",
            "letter",
            "clock",
            "mountain",
            "table",
            "candle");

    private final HttpClient client;
    private final URI completions;

    /** @param base the server's address, such as {@code http://127.0.0.1:30000} */
    public StreamingLoad(HttpClient client, URI base) {
        this.client = client;
        this.completions = base.resolve("/v1/completions");
    }

    /** Called from the calling thread every 100 ms while the load runs; may throw to stop it. */
    @FunctionalInterface
    public interface Watch {
        void check(int finished, int total);
    }

    /**
     * Sends every request of the plan and times them. To cancel, interrupt the calling thread: the
     * workers are interrupted and this throws {@link InterruptedException}.
     *
     * @throws SetpointException {@code RUN_FAILED} when the load takes longer than {@code timeout}
     */
    public LoadResult run(LoadPlan plan, Duration timeout, Watch watch) throws InterruptedException {
        int workers = Math.min(plan.concurrency(), plan.requests());
        ExecutorService pool = Executors.newFixedThreadPool(workers, StreamingLoad::worker);
        RequestResult[] results = new RequestResult[plan.requests()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        CountDownLatch idle = new CountDownLatch(workers);
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            pool.execute(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < plan.requests(); i = next.getAndIncrement()) {
                        results[i] = send(plan, i);
                        finished.incrementAndGet();
                    }
                } finally {
                    idle.countDown();
                }
            });
        }
        try {
            long deadline = start + timeout.toNanos();
            while (!idle.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                watch.check(finished.get(), plan.requests());
                if (System.nanoTime() - deadline > 0) {
                    throw SetpointException.runFailed("the load did not finish within " + timeout.toSeconds() + " s: "
                            + finished.get() + " of " + plan.requests() + " requests had ended");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("the load was cancelled");
        }
        return new LoadResult(Arrays.asList(results), System.nanoTime() - start);
    }

    private static Thread worker(Runnable work) {
        Thread thread = new Thread(work, "engine-load");
        thread.setDaemon(true);
        return thread;
    }

    private RequestResult send(LoadPlan plan, int index) {
        HttpRequest request = HttpRequest.newBuilder(completions)
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body(plan, index))))
                .build();
        long sent = System.nanoTime();
        try {
            HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
            try (Stream<String> lines = response.body()) {
                if (response.statusCode() != 200) {
                    return RequestResult.failed(
                            "HTTP " + response.statusCode() + ": "
                                    + StreamRead.quote(lines.limit(20).collect(Collectors.joining(" "))),
                            System.nanoTime() - sent);
                }
                return read(lines.iterator(), sent);
            }
        } catch (IOException | UncheckedIOException e) {
            return RequestResult.failed("the connection failed: " + e.getMessage(), System.nanoTime() - sent);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RequestResult.failed("cancelled", System.nanoTime() - sent);
        }
    }

    private static RequestResult read(Iterator<String> lines, long sent) {
        StreamRead read = new StreamRead(sent);
        boolean over = false;
        while (!over && lines.hasNext()) {
            String line = lines.next();
            over = read.line(line, System.nanoTime());
        }
        return read.result(System.nanoTime());
    }

    /** A completion of exactly {@code outputTokens} tokens: greedy, and the end of text does not stop it. */
    static Value body(LoadPlan plan, int index) {
        Map<String, Value> body = new LinkedHashMap<>();
        body.put("model", Value.of(plan.model()));
        body.put("prompt", Value.of(prompt(index, plan.promptTokens())));
        body.put("max_tokens", Value.of(plan.outputTokens()));
        body.put("temperature", Value.of(0));
        body.put("ignore_eos", Value.TRUE);
        body.put("stream", Value.TRUE);
        body.put("stream_options", new Value.Obj(Map.of("include_usage", Value.TRUE)));
        return new Value.Obj(body);
    }

    /** {@code tokens} words (about a token each in the engines' tokenizers), in an order seeded by {@code index}. */
    static String prompt(int index, int tokens) {
        Random random = new Random(index);
        StringBuilder prompt = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            if (i > 0) {
                prompt.append(' ');
            }
            prompt.append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return prompt.toString();
    }
}
