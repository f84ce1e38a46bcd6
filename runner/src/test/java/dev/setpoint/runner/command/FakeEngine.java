package dev.setpoint.runner.command;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.setpoint.core.value.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * A stand-in for an SGLang or vLLM server, started as a real child process in the engine contract
 * tests (the engines need GPUs and cannot run here). Its command line is checked as the engine's
 * argparse would: the first argument names the engine, every other must be one of that engine's
 * server flags (as their sources declare them: SGLang's server_args.py, vLLM's arg_utils.py) with a
 * value of the flag's type; anything else exits with code 2 and argparse's message. It serves {@code
 * GET /health} and OpenAI-compatible streaming completions: after a first-token delay it streams
 * {@code max_tokens} chunks at a fixed rate per request, then the usage and {@code data: [DONE]}. It
 * exits on SIGTERM. Its behaviour is set with system properties:
 *
 * <ul>
 *   <li>{@code fake.rate}: tokens a second per request (200);
 *   <li>{@code fake.first_token_ms}: delay before the first token (50);
 *   <li>{@code fake.startup_ms}: how long {@code /health} answers 503 (0);
 *   <li>{@code fake.exit_before_healthy}: exit with this code while starting, after a traceback;
 *   <li>{@code fake.fail_every}: every n-th request is answered 500;
 *   <li>{@code fake.crash_after}: the engine dies, as on a CUDA error, when this many requests have come;
 *   <li>{@code fake.child}: start a child process ({@code sleep}) as an engine starts its workers;
 *   <li>{@code fake.pids}: a file to write its own and its child's process ids to.
 * </ul>
 */
public final class FakeEngine {

    private enum Kind {
        STORE_TRUE,
        INT,
        FLOAT,
        TEXT
    }

    private record Flag(Kind kind, List<String> choices) {
        static Flag of(Kind kind) {
            return new Flag(kind, List.of());
        }
    }

    private static final Map<String, Map<String, Flag>> FLAGS = Map.of("sglang", sglang(), "vllm", vllm());

    private FakeEngine() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> parsed = parse(args);
        int exitBeforeHealthy = Integer.getInteger("fake.exit_before_healthy", 0);
        if (exitBeforeHealthy != 0) {
            System.out.println("Loading model weights");
            System.err.println("Traceback (most recent call last):");
            System.err.println("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB");
            System.exit(exitBeforeHealthy);
        }
        List<String> pids =
                new ArrayList<>(List.of(Long.toString(ProcessHandle.current().pid())));
        if (Boolean.getBoolean("fake.child")) {
            Process child = new ProcessBuilder("sleep", "300").start();
            pids.add(Long.toString(child.pid()));
        }
        String pidFile = System.getProperty("fake.pids");
        if (pidFile != null) {
            Files.write(Path.of(pidFile), pids);
        }
        serve(parsed);
    }

    private static void serve(Map<String, String> flags) throws IOException {
        HttpServer server = HttpServer.create(
                new InetSocketAddress(flags.getOrDefault("--host", "127.0.0.1"), Integer.parseInt(flags.get("--port"))),
                0);
        long healthyAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Long.getLong("fake.startup_ms", 0));
        String model = flags.getOrDefault("--model-path", flags.get("--model"));
        AtomicInteger served = new AtomicInteger();
        server.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(System.nanoTime() - healthyAt >= 0 ? 200 : 503, -1);
            exchange.close();
        });
        server.createContext("/v1/completions", exchange -> complete(exchange, model, served.incrementAndGet()));
        server.setExecutor(Executors.newCachedThreadPool());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Received SIGTERM, shutting down");
            server.stop(0);
        }));
        server.start();
        System.out.println("The server is fired up and ready to roll! (" + flags + ")");
    }

    private static void complete(HttpExchange exchange, String model, int number) throws IOException {
        JsonNode request = Json.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        int failEvery = Integer.getInteger("fake.fail_every", 0);
        if (request == null || !request.path("model").asString("").equals(model)) {
            answer(exchange, 404, "{\"error\": {\"message\": \"The model does not exist.\"}}");
            return;
        }
        if (!request.path("stream").asBoolean(false)
                || !request.path("ignore_eos").asBoolean(false)) {
            answer(exchange, 400, "{\"error\": {\"message\": \"this fake only streams with ignore_eos\"}}");
            return;
        }
        if (number > Integer.getInteger("fake.crash_after", Integer.MAX_VALUE)) {
            System.err.println("Scheduler hit an exception: RuntimeError: CUDA error: an illegal memory access");
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }
        if (failEvery > 0 && number % failEvery == 0) {
            answer(exchange, 500, "{\"error\": {\"message\": \"scheduler overloaded\"}}");
            return;
        }
        stream(exchange, request.path("max_tokens").asInt(16));
    }

    private static void stream(HttpExchange exchange, int tokens) throws IOException {
        long start = System.nanoTime();
        long firstNanos = TimeUnit.MILLISECONDS.toNanos(Long.getLong("fake.first_token_ms", 50));
        double nanosPerToken = 1e9 / Double.parseDouble(System.getProperty("fake.rate", "200"));
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            waitUntil(start + firstNanos);
            // Paced from the first token as sent, so that a late first token is not made up for by a burst.
            long first = System.nanoTime();
            for (int i = 0; i < tokens; i++) {
                waitUntil(first + (long) (i * nanosPerToken));
                String finish = i == tokens - 1 ? "\"length\"" : "null";
                event(
                        out,
                        "{\"id\": \"cmpl-1\", \"object\": \"text_completion\", \"choices\": [{\"index\": 0,"
                                + " \"text\": \" tok\", \"finish_reason\": " + finish + "}]}");
            }
            event(
                    out,
                    "{\"id\": \"cmpl-1\", \"choices\": [], \"usage\": {\"prompt_tokens\": 8,"
                            + " \"completion_tokens\": " + tokens + ", \"total_tokens\": " + (tokens + 8) + "}}");
            event(out, "[DONE]");
        }
    }

    private static void waitUntil(long nanos) {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** As argparse: {@code --flag value} or {@code --flag=value}; a store_true flag takes none. */
    static Map<String, String> parse(String[] args) {
        Map<String, Flag> known = FLAGS.get(args.length == 0 ? "" : args[0]);
        if (known == null) {
            fail("the first argument names the engine: sglang or vllm");
        }
        Map<String, String> parsed = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            Flag flag = known.get(name);
            if (flag == null) {
                unknown.add(arg);
            } else if (flag.kind() == Kind.STORE_TRUE) {
                if (equals >= 0) {
                    fail("argument " + name + ": ignored explicit argument '" + arg.substring(equals + 1) + "'");
                }
                parsed.put(name, "true");
            } else {
                String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.length ? args[++i] : null;
                if (value == null) {
                    fail("argument " + name + ": expected one argument");
                }
                parsed.put(name, checked(name, flag, value));
            }
        }
        if (!unknown.isEmpty()) {
            fail("unrecognized arguments: " + String.join(" ", unknown));
        }
        return parsed;
    }

    private static String checked(String name, Flag flag, String value) {
        try {
            switch (flag.kind()) {
                case INT -> Integer.parseInt(value);
                case FLOAT -> Double.parseDouble(value);
                default -> {}
            }
        } catch (NumberFormatException e) {
            fail("argument " + name + ": invalid " + flag.kind().name().toLowerCase() + " value: '" + value + "'");
        }
        if (!flag.choices().isEmpty() && !flag.choices().contains(value)) {
            fail("argument " + name + ": invalid choice: '" + value + "' (choose from "
                    + String.join(", ", flag.choices()) + ")");
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("usage: launch_server [-h] ...");
        System.err.println("launch_server: error: " + message);
        System.exit(2);
    }

    /** SGLang's flags the template uses, from python/sglang/srt/server_args.py. */
    private static Map<String, Flag> sglang() {
        Map<String, Flag> flags = common();
        for (String name : List.of("--model-path", "--model")) {
            flags.put(name, Flag.of(Kind.TEXT));
        }
        for (String name : List.of(
                "--tp-size",
                "--tensor-parallel-size",
                "--dp-size",
                "--max-running-requests",
                "--max-total-tokens",
                "--chunked-prefill-size",
                "--max-prefill-tokens",
                "--num-continuous-decode-steps")) {
            flags.put(name, Flag.of(Kind.INT));
        }
        flags.put("--mem-fraction-static", Flag.of(Kind.FLOAT));
        flags.put("--schedule-conservativeness", Flag.of(Kind.FLOAT));
        flags.put(
                "--schedule-policy",
                new Flag(Kind.TEXT, List.of("lpm", "random", "fcfs", "dfs-weight", "lof", "priority", "routing-key")));
        for (String name : List.of("--enable-mixed-chunk", "--disable-radix-cache", "--disable-overlap-schedule")) {
            flags.put(name, Flag.of(Kind.STORE_TRUE));
        }
        return flags;
    }

    /** vLLM's engine arguments the template uses, from vllm/engine/arg_utils.py; booleans come in pairs. */
    private static Map<String, Flag> vllm() {
        Map<String, Flag> flags = common();
        flags.put("--model", Flag.of(Kind.TEXT));
        for (String name : List.of(
                "--tensor-parallel-size",
                "--pipeline-parallel-size",
                "--data-parallel-size",
                "--max-num-seqs",
                "--max-num-batched-tokens",
                "--max-model-len")) {
            flags.put(name, Flag.of(Kind.INT));
        }
        flags.put("--gpu-memory-utilization", Flag.of(Kind.FLOAT));
        flags.put("--scheduling-policy", new Flag(Kind.TEXT, List.of("fcfs", "priority")));
        flags.put("--kv-cache-dtype", new Flag(Kind.TEXT, List.of("auto", "bfloat16", "fp8", "fp8_e4m3", "fp8_e5m2")));
        for (String name : List.of("enable-chunked-prefill", "enable-prefix-caching", "enforce-eager")) {
            flags.put("--" + name, Flag.of(Kind.STORE_TRUE));
            flags.put("--no-" + name, Flag.of(Kind.STORE_TRUE));
        }
        return flags;
    }

    private static Map<String, Flag> common() {
        Map<String, Flag> flags = new HashMap<>();
        flags.put("--host", Flag.of(Kind.TEXT));
        flags.put("--port", Flag.of(Kind.INT));
        return flags;
    }
}
