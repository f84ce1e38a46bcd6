package dev.setpoint.runner.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local HTTP server standing in for a backend in contract tests: it implements the documented
 * request and response shapes of an API, not the backend itself. It records every request.
 */
final class FakeBackend implements AutoCloseable {

    /** What a handler answers. */
    record Answer(int status, String body) {}

    @FunctionalInterface
    interface Handler {
        Answer handle(String body) throws Exception;
    }

    /** A request as received. */
    record Request(String method, String path, String body) {
        Value.Obj json() {
            return (Value.Obj) Json.parse(body);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeBackend() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.start();
    }

    FakeBackend on(String path, Handler handler) {
        server.createContext(path, exchange -> respond(exchange, handler));
        return this;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** {@code template} with its HTTP execution pointed at this server. */
    Template serving(Template template, Duration timeout) {
        Execution.Http http = (Execution.Http) template.execution();
        return new Template(
                template.id(),
                template.version(),
                template.name(),
                template.description(),
                template.category(),
                template.inputs(),
                template.resources(),
                template.baseExecutionSeconds(),
                template.costPerSecond(),
                template.qualityMapping(),
                template.runtime(),
                new Execution.Http(http.api(), url(), http.fields(), timeout),
                template.metrics());
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void respond(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(
                    exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body));
            Answer answer;
            try {
                answer = handler.handle(body);
            } catch (Exception e) {
                answer = new Answer(500, "{\"detail\": \"" + e.getClass().getSimpleName() + "\"}");
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
