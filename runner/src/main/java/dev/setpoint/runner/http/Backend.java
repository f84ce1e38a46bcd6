package dev.setpoint.runner.http;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to a backend: a request waits interruptibly (an interrupt cancels it), answers
 * other than 2xx and malformed bodies become {@code RUN_FAILED} {@link SetpointException}s naming
 * the backend.
 */
final class Backend {

    /** Responses carry base64 images, far beyond the limits for user documents. */
    private static final ObjectMapper RESPONSES = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(256 * 1024 * 1024)
                            .maxDocumentLength(512L * 1024 * 1024)
                            .maxNestingDepth(64)
                            .build())
                    .build())
            .build();

    private static final int EXCERPT_CHARS = 300;

    private final HttpClient client;

    Backend(HttpClient client) {
        this.client = client;
    }

    /** {@code base} with {@code path} appended, keeping any path prefix the base has. */
    static URI resolve(URI base, String path) {
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
    }

    /**
     * POSTs {@code body} as JSON and returns the answer, calling {@code whileWaiting} every
     * {@code every} until it arrives (from this thread).
     */
    JsonNode post(URI uri, Value body, Duration timeout, Runnable whileWaiting, Duration every)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8))
                .build();
        CompletableFuture<HttpResponse<byte[]>> answer =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            while (true) {
                try {
                    return parse(uri, answer.get(every.toMillis(), TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    whileWaiting.run();
                }
            }
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw unreachable(uri, timeout, e.getCause());
        }
    }

    /** GETs a JSON answer, or nothing when the backend does not give one (used for optional polling). */
    Optional<JsonNode> getQuietly(URI uri, Duration timeout) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            return Optional.of(parse(uri, client.send(request, HttpResponse.BodyHandlers.ofByteArray())));
        } catch (java.io.IOException | SetpointException e) {
            return Optional.empty();
        }
    }

    private static JsonNode parse(URI uri, HttpResponse<byte[]> response) {
        String where = "the backend at " + uri;
        if (response.statusCode() / 100 != 2) {
            throw SetpointException.runFailed(
                    where + " answered HTTP " + response.statusCode() + ": " + excerpt(response.body()));
        }
        try {
            JsonNode node = RESPONSES.readTree(response.body());
            if (node == null || !node.isObject()) {
                throw SetpointException.runFailed(
                        where + " answered something other than a JSON object: " + excerpt(response.body()));
            }
            return node;
        } catch (JacksonException e) {
            throw SetpointException.runFailed(
                    where + " answered malformed JSON ("
                            + e.getOriginalMessage().lines().findFirst().orElse("") + "): " + excerpt(response.body()),
                    e);
        }
    }

    private static SetpointException unreachable(URI uri, Duration timeout, Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return SetpointException.runFailed(
                    "the backend at " + uri + " did not answer within " + timeout.toSeconds() + " s", cause);
        }
        if (cause instanceof SetpointException e) {
            return e;
        }
        return SetpointException.runFailed("cannot reach the backend at " + uri + ": " + reason(cause), cause);
    }

    /** Why, in words: a refused connection carries no message, and a class name tells a user nothing. */
    private static String reason(Throwable cause) {
        if (cause instanceof ConnectException) {
            return "nothing accepts connections there (is the backend running, and is the template's URL right?)";
        }
        return cause.getMessage() != null
                ? cause.getMessage()
                : cause.getClass().getSimpleName();
    }

    static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "...";
    }
}
