package dev.setpoint.cli.remote;

import dev.setpoint.cli.CommandFailure;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A Setpoint server's HTTP API, called with the user's token. Every answer other than a success
 * becomes the exception the offline commands would throw for the same problem (see {@link RemoteErrors}),
 * so errors print and exit alike whether a command ran offline or against a server.
 */
public final class Server {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final String JSON = "application/json";

    private final HttpClient client;
    private final String baseUrl;
    private final @Nullable String token;

    private Server(HttpClient client, String baseUrl, @Nullable String token) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.token = token;
    }

    static Server at(String url, @Nullable String token) {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(
                    ExitCodes.USAGE, "'" + url + "' is not a server URL such as http://127.0.0.1:8080");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new CommandFailure(
                    ExitCodes.USAGE, "'" + url + "' is not a server URL such as http://127.0.0.1:8080");
        }
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        return new Server(client, base, token);
    }

    public String url() {
        return baseUrl;
    }

    /** A successful response. */
    public record Answer(HttpResponse<String> raw) {

        /** The body as JSON; null JSON when there is none. */
        public Value body() {
            return raw.body().isEmpty() ? Value.NULL : Json.parse(raw.body());
        }

        /** The body as it came, for files saved as the server wrote them. */
        public String text() {
            return raw.body();
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, Value body) {
        return postJson(path, Json.write(body));
    }

    /** Posts {@code json} as it is (a file's text), so the server reads exactly what the user wrote. */
    public Answer postJson(String path, String json) {
        return send(request(path)
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /**
     * Reads a server-sent event stream line by line until the server ends it (no request timeout:
     * a stream lasts as long as what it follows).
     */
    public void stream(String path, Consumer<String> line) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/event-stream, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<Stream<String>> response = exchange(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() / 100 != 2) {
            response.body().close();
            // Asked again as a plain request, the refusal is reported like every other answer.
            send(request(path).GET());
        }
        try (Stream<String> lines = response.body()) {
            lines.forEach(line);
        } catch (UncheckedIOException e) {
            throw new CommandFailure(ExitCodes.IO, "lost the server at " + baseUrl + ": " + reason(e.getCause()), e);
        }
    }

    /** Saves a response body to {@code file} as the server sent it. */
    public void download(String path, Path file) {
        HttpResponse<Path> response =
                exchange(request(path).header("Accept", "*/*").GET(), HttpResponse.BodyHandlers.ofFile(file));
        if (response.statusCode() / 100 != 2) {
            throw new CommandFailure(
                    ExitCodes.IO, "cannot download " + baseUrl + path + ": HTTP " + response.statusCode());
        }
    }

    /** {@code text} encoded for a query parameter. */
    public static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** {@code text} encoded as one segment of a path: a space is %20 there, not the query's '+'. */
    public static String segment(String text) {
        return query(text).replace("+", "%20");
    }

    private HttpRequest.Builder request(String path) {
        if (!path.startsWith("/")) {
            // An output URL comes from the server; only a path on this same server is followed.
            throw new CommandFailure(
                    ExitCodes.IO, "the server at " + baseUrl + " gave '" + path + "', which is not a path on it");
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", JSON + ", application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw RemoteErrors.of(this, token != null, response);
        }
        return new Answer(response);
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request.build(), handler);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.IO, "cannot reach the server at " + baseUrl + ": " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(ExitCodes.IO, "interrupted while waiting for the server at " + baseUrl, e);
        }
    }

    /** The JDK names some failures only by their class (a refused connection has no message). */
    private static String reason(IOException e) {
        if (e instanceof ConnectException
                && (e.getMessage() == null || e.getMessage().isBlank())) {
            return "connection refused; is 'setpoint serve' running there?";
        }
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if ((message == null || message.isBlank()) && cause != null) {
            message = cause.getMessage();
        }
        String kind = e.getClass()
                .getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase()
                .replace(" exception", "");
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}
