package dev.setpoint.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop load against a running Setpoint server: requests are sent at fixed intervals whatever the
 * responses do, and each latency is measured from the request's scheduled time, so a stalled server
 * shows up in the figures instead of slowing the generator down (no coordinated omission).
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.setpoint.bench.load.LoadGenerator --url http://127.0.0.1:18080
 *   --token sp_... [--rate 1000] [--seconds 20] [--warmup 5] [--seed 100000] [--chunk 2000]</pre>
 */
public final class LoadGenerator {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final String APPLY = "{\"template\":\"sd-image\",\"quality\":\"high\",\"inputs\":{\"prompt\":\"x\"}}";

    private final HttpClient client;
    private final String url;
    private final String token;

    private LoadGenerator(String url, String token) {
        this.url = url;
        this.token = token;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(2)).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        LoadGenerator load = new LoadGenerator(options.get("url"), options.get("token"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "1000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        int seed = Integer.parseInt(options.getOrDefault("seed", "100000"));
        long presetId = load.seed(seed, Integer.parseInt(options.getOrDefault("chunk", "2000")));
        List<Target> targets = List.of(
                new Target("liveness", load.get("/actuator/health/liveness")),
                new Target("get preset", load.get("/api/presets/" + presetId)),
                new Target("apply", load.post("/api/apply", APPLY)),
                new Target("list 50", load.get("/api/presets?limit=50")));
        System.out.printf("%-11s %6s %8s %8s %8s %8s %9s %6s%n",
                "endpoint", "rate", "p50 ms", "p90 ms", "p99 ms", "max ms", "achieved", "errors");
        for (Target target : targets) {
            load.run(target, rate, warmup);
            Result result = load.run(target, rate, seconds);
            System.out.println(result.line(target.name(), rate));
        }
        System.exit(0);
    }

    /** Imports {@code count} parameter presets in bulk files of {@code chunk}; returns one id from the middle. */
    private long seed(int count, int chunk) throws Exception {
        long middle = -1;
        long start = System.nanoTime();
        for (int from = 0; from < count; from += chunk) {
            StringBuilder file = new StringBuilder("{\"version\":\"1.0\",\"presets\":[");
            for (int i = from; i < Math.min(count, from + chunk); i++) {
                file.append(i == from ? "" : ",").append("{\"name\":\"load-").append(i)
                        .append("\",\"description\":\"seeded for the load test\",\"category\":\"performance\",")
                        .append("\"parameters\":{\"tp-size\":[1,2,4],\"max-num-seqs\":[").append(i % 512 + 1).append("]}}");
            }
            HttpResponse<String> response = client.send(post("/api/presets/import", file.append("]}").toString()),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("import failed: " + response.statusCode() + " " + response.body());
            }
            if (middle < 0 && from + chunk >= count / 2) {
                Matcher id = ID.matcher(response.body());
                middle = id.find() ? Long.parseLong(id.group(1)) : -1;
            }
        }
        System.out.printf("seeded %d presets in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
        return middle > 0 ? middle : 1;
    }

    private Result run(Target target, int rate, int seconds) throws InterruptedException {
        int total = rate * seconds;
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long[] latency = new long[total];
        Arrays.fill(latency, -1);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long[] lastDone = new long[1];
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * period;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int slot = i;
            client.sendAsync(target.request(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                latency[slot] = now - scheduled;
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                synchronized (lastDone) {
                    lastDone[0] = Math.max(lastDone[0], now);
                }
                done.incrementAndGet();
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (done.get() < total && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        synchronized (lastDone) {
            return new Result(latency, errors.get() + total - done.get(), lastDone[0] - start);
        }
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, String json) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!options.containsKey("url") || !options.containsKey("token")) {
            throw new IllegalArgumentException("usage: LoadGenerator --url http://127.0.0.1:18080 --token sp_... "
                    + "[--rate 1000] [--seconds 20] [--warmup 5] [--seed 100000] [--chunk 2000]");
        }
        return options;
    }

    private record Target(String name, HttpRequest request) {
    }

    private record Result(long[] latency, int errors, long elapsedNanos) {

        String line(String name, int rate) {
            long[] sorted = Arrays.stream(latency).filter(nanos -> nanos >= 0).sorted().toArray();
            return String.format("%-11s %6d %8.2f %8.2f %8.2f %8.2f %9.0f %6d", name, rate, millis(sorted, 0.50),
                    millis(sorted, 0.90), millis(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                    (latency.length - errors) / (elapsedNanos / 1e9), errors);
        }

        private static double millis(long[] sorted, double quantile) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
        }
    }
}
