package dev.setpoint.bench.load;

import com.sun.management.OperatingSystemMXBean;
import dev.setpoint.bench.Options;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Load against a running Setpoint server: first open-loop at a fixed rate per endpoint (latency
 * percentiles, see {@link HttpLoad}), then closed-loop saturation per endpoint (the most each one
 * serves, as a ratio to the trivial liveness endpoint of the same server in the same run). Prints
 * the CPU time the generator itself used, since it shares the machine with the server.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.setpoint.bench.load.LoadGenerator --url http://127.0.0.1:18080
 *   --token sp_... [--rate 1000] [--seconds 20] [--warmup 5] [--seed 100000] [--chunk 2000] [--preset ID]
 *   [--connections 16] [--saturate 10] [--endpoints liveness,get,apply,list]</pre>
 */
public final class LoadGenerator {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final String APPLY =
            "{\"template\":\"sd-image\",\"quality\":\"high\",\"inputs\":{\"prompt\":\"x\"}}";
    private static final String USAGE =
            "usage: LoadGenerator --url http://127.0.0.1:18080 --token sp_... [--rate 1000] "
                    + "[--seconds 20] [--warmup 5] [--seed 100000] [--chunk 2000] [--preset ID] [--connections 16] "
                    + "[--saturate 10] [--endpoints liveness,get,apply,list]";

    private final URI url;
    private final String token;

    private LoadGenerator(URI url, String token) {
        this.url = url;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, USAGE);
        LoadGenerator load = new LoadGenerator(URI.create(options.get("url")), options.get("token"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "1000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        int saturate = Integer.parseInt(options.getOrDefault("saturate", "10"));
        long seeded = load.seed(
                Integer.parseInt(options.getOrDefault("seed", "100000")),
                Integer.parseInt(options.getOrDefault("chunk", "2000")));
        long presetId = Long.parseLong(options.getOrDefault("preset", String.valueOf(seeded)));
        Map<String, byte[]> targets = load.targets(
                presetId,
                List.of(options.getOrDefault("endpoints", "liveness,get,apply,list")
                        .split(",")));
        try (HttpLoad driver = new HttpLoad(
                new InetSocketAddress(load.url.getHost(), load.url.getPort()),
                Integer.parseInt(options.getOrDefault("connections", "16")))) {
            System.out.printf(
                    "fixed rate, open loop: %d requests/s, %d s warm-up, %d s measured; get uses preset %d%n",
                    rate, warmup, seconds, presetId);
            System.out.printf(
                    "%-9s %7s %7s %7s %8s %8s %9s %6s %9s%n",
                    "endpoint", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms", "achieved", "errors", "load cpu");
            for (Map.Entry<String, byte[]> target : targets.entrySet()) {
                driver.fixedRate(target.getValue(), rate, warmup);
                long cpu = cpuNanos();
                HttpLoad.Result result = driver.fixedRate(target.getValue(), rate, seconds);
                System.out.printf(
                        "%-9s %7.2f %7.2f %7.2f %8.2f %8.2f %9.0f %6d %8.0f%%%n",
                        target.getKey(),
                        result.millis(0.50),
                        result.millis(0.90),
                        result.millis(0.99),
                        result.millis(0.999),
                        result.maxMillis(),
                        result.throughput(),
                        result.errors(),
                        share(cpu, result));
            }
            if (saturate > 0) {
                saturation(driver, targets, saturate);
            }
        }
    }

    /** Each endpoint as fast as the server answers; throughput relative to the first (trivial) endpoint. */
    private static void saturation(HttpLoad driver, Map<String, byte[]> targets, int seconds) throws Exception {
        System.out.printf("saturation, closed loop, every connection busy, %d s each after 2 s warm-up%n", seconds);
        System.out.printf(
                "%-9s %9s %7s %7s %8s %6s %9s%n",
                "endpoint", "req/s", "ratio", "p50 ms", "p99 ms", "errors", "load cpu");
        double reference = 0;
        for (Map.Entry<String, byte[]> target : targets.entrySet()) {
            driver.saturate(target.getValue(), 2);
            long cpu = cpuNanos();
            HttpLoad.Result result = driver.saturate(target.getValue(), seconds);
            reference = reference == 0 ? result.throughput() : reference;
            System.out.printf(
                    "%-9s %9.0f %7.2f %7.2f %8.2f %6d %8.0f%%%n",
                    target.getKey(),
                    result.throughput(),
                    result.throughput() / reference,
                    result.millis(0.50),
                    result.millis(0.99),
                    result.errors(),
                    share(cpu, result));
        }
    }

    /** Imports {@code count} parameter presets in bulk files of {@code chunk}; returns one id from the middle. */
    private long seed(int count, int chunk) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long middle = -1;
        long start = System.nanoTime();
        for (int from = 0; from < count; from += chunk) {
            StringBuilder file = new StringBuilder("{\"version\":\"1.0\",\"presets\":[");
            for (int i = from; i < Math.min(count, from + chunk); i++) {
                file.append(i == from ? "" : ",")
                        .append("{\"name\":\"load-")
                        .append(i)
                        .append("\",\"description\":\"seeded for the load test\",\"category\":\"performance\",")
                        .append("\"parameters\":{\"tp-size\":[1,2,4],\"max-num-seqs\":[")
                        .append(i % 512 + 1)
                        .append("]}}");
            }
            HttpRequest request = HttpRequest.newBuilder(url.resolve("/api/presets/import"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(file.append("]}").toString()))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("import failed: " + response.statusCode() + " " + response.body());
            }
            if (middle < 0 && from + chunk >= count / 2) {
                Matcher id = ID.matcher(response.body());
                middle = id.find() ? Long.parseLong(id.group(1)) : -1;
            }
        }
        if (count > 0) {
            System.out.printf("seeded %d presets in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
        }
        return middle > 0 ? middle : 1;
    }

    private Map<String, byte[]> targets(long presetId, List<String> names) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("liveness", request("GET", "/actuator/health/liveness", null));
        all.put("get", request("GET", "/api/presets/" + presetId, null));
        all.put("apply", request("POST", "/api/apply", APPLY));
        all.put("list", request("GET", "/api/presets?limit=50", null));
        Map<String, byte[]> chosen = new LinkedHashMap<>();
        for (String name : names) {
            if (!all.containsKey(name.strip())) {
                throw new IllegalArgumentException("unknown endpoint '" + name + "'; known: " + all.keySet());
            }
            chosen.put(name.strip(), all.get(name.strip()));
        }
        return chosen;
    }

    /** The exact bytes of one request, built once. */
    private byte[] request(String method, String path, @Nullable String json) {
        StringBuilder head = new StringBuilder(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\n")
                .append("Host: ")
                .append(url.getHost())
                .append(':')
                .append(url.getPort())
                .append("\r\n")
                .append("Authorization: Bearer ")
                .append(token)
                .append("\r\n")
                .append("Accept: application/json\r\n");
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        if (json != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ")
                    .append(body.length)
                    .append("\r\n");
        }
        byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[start.length + body.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(body, 0, request, start.length, body.length);
        return request;
    }

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The generator's CPU time since {@code cpuBefore} as a share of one core over the run. */
    private static double share(long cpuBefore, HttpLoad.Result result) {
        return result.elapsedNanos() == 0 ? 0 : 100.0 * (cpuNanos() - cpuBefore) / result.elapsedNanos();
    }
}
