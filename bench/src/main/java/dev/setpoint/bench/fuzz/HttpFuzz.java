package dev.setpoint.bench.fuzz;

import dev.setpoint.bench.Options;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends mutated requests over every endpoint family to a running Setpoint server on loopback and
 * reports the status classes per family, every distinct 5xx with the request that caused it, and
 * whether the server is healthy afterwards. Stops after {@code --requests} requests or
 * {@code --seconds}, whichever comes first. Exits 1 on any 5xx or an unhealthy server.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.setpoint.bench.fuzz.HttpFuzz --url http://127.0.0.1:8371
 *   --token sp_... (an admin's token) [--requests 100000] [--seconds 900] [--seed 1] [--connections 4]
 *   [--timeout 10] [--without exponents] [--failures FILE (every distinct 5xx)]</pre>
 *
 * See docs/RELIABILITY.md and {@code bench/fuzz.sh}, which starts a server for it.
 */
public final class HttpFuzz {

    private static final String USAGE = "usage: HttpFuzz --url http://127.0.0.1:8371 --token sp_... (admin) "
            + "[--requests 100000] [--seconds 900] [--seed N] [--connections 4] [--timeout 10] [--without exponents] [--failures FILE]";
    private static final Pattern JOB_LOCATION = Pattern.compile("/api/jobs/([0-9a-fA-F-]+)$");

    private final InetSocketAddress address;
    private final int timeoutMillis;
    private final Report report = new Report();

    private HttpFuzz(InetSocketAddress address, int timeoutMillis) {
        this.address = address;
        this.timeoutMillis = timeoutMillis;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, USAGE);
        URI url = URI.create(options.get("url"));
        if (!url.getHost().equals("127.0.0.1") && !url.getHost().equals("localhost")) {
            throw new IllegalArgumentException("the fuzzer only targets a server on loopback, not " + url.getHost());
        }
        long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(System.nanoTime() % 1_000_000)));
        long requests = Long.parseLong(options.getOrDefault("requests", "100000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "900"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "4"));
        Set<String> without = Set.of(options.getOrDefault("without", "").split(","));
        HttpFuzz fuzz = new HttpFuzz(
                new InetSocketAddress("127.0.0.1", url.getPort()),
                Integer.parseInt(options.getOrDefault("timeout", "10")) * 1000);

        Setup setup = new Setup(fuzz.client(), options.get("token"), seed);
        Credentials who = setup.credentials();
        List<FuzzRequest> seeds = Seeds.all(who, setup.fixtures(who));
        System.out.printf(
                "HTTP fuzz against %s: seed %d, at most %d requests or %d s, %d connections, %d seed "
                        + "requests, without: %s%n",
                url,
                seed,
                requests,
                seconds,
                connections,
                seeds.size(),
                without.stream().filter(w -> !w.isEmpty()).toList());
        long start = System.nanoTime();
        fuzz.run(seeds, seed, requests, start + TimeUnit.SECONDS.toNanos(seconds), connections, without);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%d requests in %.0f s (%.0f/s)%n", fuzz.report.total(), elapsed, fuzz.report.total() / elapsed);
        fuzz.report.print(System.out, false);
        if (options.containsKey("failures")) {
            try (PrintStream file = new PrintStream(options.get("failures"), StandardCharsets.UTF_8)) {
                fuzz.report.print(file, true);
            }
            System.out.println("every distinct 5xx: " + options.get("failures"));
        }
        boolean healthy = fuzz.healthy(who);
        System.exit(healthy && fuzz.report.total(3) == 0 ? 0 : 1);
    }

    private RawClient client() {
        return new RawClient(address, timeoutMillis);
    }

    private void run(
            List<FuzzRequest> seeds, long seed, long requests, long deadline, int connections, Set<String> without)
            throws InterruptedException {
        AtomicLong issued = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            Thread worker = new Thread(
                    () -> work(seeds, random, new Mutator(random, without), issued, requests, deadline), "fuzz-" + i);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void work(
            List<FuzzRequest> seeds, Random random, Mutator mutator, AtomicLong issued, long requests, long deadline) {
        try (RawClient client = client()) {
            while (System.nanoTime() < deadline && issued.incrementAndGet() <= requests) {
                FuzzRequest request = mutator.mutate(pick(seeds, random));
                try {
                    RawClient.Response response = client.send(request);
                    report.status(request, response);
                    cancelIfQueued(client, request, response);
                } catch (SocketTimeoutException e) {
                    report.count(request.family(), Report.TIMEOUT);
                    client.disconnect();
                } catch (IOException | RuntimeException e) {
                    report.count(request.family(), Report.CONNECTION_ERROR);
                    client.disconnect();
                }
            }
        }
    }

    /** Seeds at random; sign-in and user creation hash a password, so they come five times less often. */
    private static FuzzRequest pick(List<FuzzRequest> seeds, Random random) {
        while (true) {
            FuzzRequest seed = seeds.get(random.nextInt(seeds.size()));
            boolean hashes = seed.method().equals("POST")
                    && (seed.target().equals("/login") || seed.target().equals("/api/users"));
            if (!hashes || random.nextInt(5) == 0) {
                return seed;
            }
        }
    }

    /** A job the fuzzer got queued is cancelled at once, so the machine runs no more than no-ops. */
    private static void cancelIfQueued(RawClient client, FuzzRequest request, RawClient.Response response)
            throws IOException {
        String location = response.headers().get("location");
        if (response.status() / 100 == 2 && location != null && request.family().equals("jobs")) {
            Matcher job = JOB_LOCATION.matcher(location);
            if (job.find()) {
                String auth = request.header("Authorization");
                client.send(new FuzzRequest(
                        "jobs",
                        "POST",
                        "/api/jobs/" + job.group(1) + "/cancel",
                        auth == null ? List.of() : List.<String[]>of(new String[] {"Authorization", auth}),
                        new byte[0]));
            }
        }
    }

    /** The server answers its health check and a normal request, as after any ordinary day. */
    private boolean healthy(Credentials who) throws IOException {
        try (RawClient client = client()) {
            RawClient.Response health =
                    client.send(new FuzzRequest("check", "GET", "/actuator/health", List.of(), new byte[0]));
            RawClient.Response list = client.send(Seeds.get("check", "/api/presets?limit=1", who));
            boolean healthy = health.status() == 200 && health.text().contains("\"UP\"") && list.status() == 200;
            System.out.printf(
                    "after the run: GET /actuator/health %d %s, GET /api/presets?limit=1 %d: %s%n",
                    health.status(), health.text().strip(), list.status(), healthy ? "healthy" : "NOT HEALTHY");
            return healthy;
        }
    }

    /** Makes the fuzzing user, signs it in, and creates what the seeds point at. */
    private static final class Setup {

        private final RawClient client;
        private final String adminToken;
        private final String username;
        private final String password;

        Setup(RawClient client, String adminToken, long seed) {
            this.client = client;
            this.adminToken = adminToken;
            this.username = "fuzz-" + seed + "-" + Long.toString(System.currentTimeMillis(), 36);
            this.password = "fuzzing password " + seed;
        }

        Credentials credentials() throws IOException {
            Value created = expect(
                    201,
                    client.send(new FuzzRequest(
                            "setup",
                            "POST",
                            "/api/users",
                            List.of(
                                    new String[] {"Authorization", "Bearer " + adminToken},
                                    new String[] {"Content-Type", "application/json"}),
                            Json.write(new Value.Obj(Map.of(
                                            "username",
                                            Value.of(username),
                                            "password",
                                            Value.of(password),
                                            "role",
                                            Value.of("user"))))
                                    .getBytes(StandardCharsets.UTF_8))));
            String token = text(created, "token", "token");
            RawClient.Response page = client.send(new FuzzRequest("setup", "GET", "/login", List.of(), new byte[0]));
            String xsrf = cookie(page, "XSRF-TOKEN");
            // The CSRF token is the session's: the sign-in goes back with the session the page made.
            RawClient.Response login = client.send(new FuzzRequest(
                    "setup",
                    "POST",
                    "/login",
                    List.of(
                            new String[] {"Content-Type", "application/x-www-form-urlencoded"},
                            new String[] {"Accept", "application/json"},
                            new String[] {"Cookie", sessionCookie(page) + "; XSRF-TOKEN=" + xsrf},
                            new String[] {"X-XSRF-TOKEN", xsrf}),
                    ("username=" + username + "&password=" + password.replace(' ', '+'))
                            .getBytes(StandardCharsets.UTF_8)));
            String session = sessionCookie(login);
            String rotated = cookie(login, "XSRF-TOKEN");
            System.out.printf("setup: user %s, sign-in %d%n", username, login.status());
            if (login.status() != 204) {
                throw new IOException("the fuzzing user could not sign in (" + login.status() + ")");
            }
            return new Credentials(adminToken, token, username, session, rotated.isEmpty() ? xsrf : rotated);
        }

        Fixtures fixtures(Credentials who) throws IOException {
            long p = create(who, Seeds.PARAMETER_PRESET.formatted("a"));
            long other = create(who, Seeds.PARAMETER_PRESET.formatted("b"));
            long spare = create(who, Seeds.PARAMETER_PRESET.formatted("spare"));
            Value quality = expect(
                    201,
                    client.send(Seeds.json("setup", "POST", "/api/presets", Seeds.QUALITY_PRESET.formatted("a"), who)));
            Value job = expect(
                    202,
                    client.send(Seeds.json(
                            "setup",
                            "POST",
                            "/api/jobs",
                            "{\"template\": \"noop\", \"quality\": \"draft\", \"inputs\": {\"prompt\": \"fuzz\"}}",
                            who)));
            String jobId = text(job, "id");
            client.send(Seeds.json("setup", "POST", "/api/jobs/" + jobId + "/cancel", "", who));
            Value token = expect(
                    201, client.send(Seeds.json("setup", "POST", "/api/me/tokens", "{\"name\": \"spare\"}", who)));
            return new Fixtures(
                    p, other, number(quality, "id"), text(quality, "slug"), spare, jobId, number(token, "id"));
        }

        private long create(Credentials who, String body) throws IOException {
            return number(expect(201, client.send(Seeds.json("setup", "POST", "/api/presets", body, who))), "id");
        }

        private static Value expect(int status, RawClient.Response response) {
            if (response.status() != status) {
                throw new IllegalStateException(
                        "setup expected " + status + ", got " + response.status() + ": " + response.text());
            }
            return Json.parse(response.text());
        }

        private static Value member(Value value, String... path) {
            Value at = value;
            for (String name : path) {
                at = ((Value.Obj) at).members().get(name);
            }
            return at;
        }

        private static String text(Value value, String... path) {
            return ((Value.Str) member(value, path)).value();
        }

        private static long number(Value value, String... path) {
            return ((Value.Num) member(value, path)).value().longValueExact();
        }

        private static String cookie(RawClient.Response response, String name) {
            for (String set : response.headers().getOrDefault("set-cookie", "").split("\n")) {
                if (set.startsWith(name + "=")) {
                    return set.substring(name.length() + 1).split(";")[0];
                }
            }
            return "";
        }

        private static String sessionCookie(RawClient.Response response) {
            for (String set : response.headers().getOrDefault("set-cookie", "").split("\n")) {
                if (!set.isEmpty() && !set.startsWith("XSRF-TOKEN=")) {
                    return set.split(";")[0];
                }
            }
            return "SESSION=none";
        }
    }
}
