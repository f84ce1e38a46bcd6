package dev.setpoint.server;

import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A real HTTP client for the tests: one user's token against one server. */
public record Http(HttpClient client, String baseUrl, String token) {

    public static Http to(String baseUrl, String token) {
        return new Http(HttpClient.newHttpClient(), baseUrl, token);
    }

    public Http as(String otherToken) {
        return new Http(client, baseUrl, otherToken);
    }

    /** A status, headers and body; {@link #json()} parses the body. */
    public record Response(int status, HttpResponse<byte[]> raw) {
        public String body() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        public Value json() {
            return Json.parse(body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** A member of a JSON object body, by pointer-like path segments. */
        public Value at(String... path) {
            Value value = json();
            for (String segment : path) {
                value = value instanceof Value.Arr a
                        ? a.items().get(Integer.parseInt(segment))
                        : ((Value.Obj) value).members().get(segment);
            }
            return value;
        }

        public String text(String... path) {
            Value value = at(path);
            return value instanceof Value.Str s ? s.value() : value == null ? null : Json.write(value);
        }
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Response delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    public Response post(String path, String json, String... headers) {
        return send(body("POST", path, json.getBytes(StandardCharsets.UTF_8), "application/json", headers));
    }

    public Response put(String path, String json, String... headers) {
        return send(body("PUT", path, json.getBytes(StandardCharsets.UTF_8), "application/json", headers));
    }

    public Response postBytes(String path, byte[] bytes, String contentType, String... headers) {
        return send(body("POST", path, bytes, contentType, headers));
    }

    public Response putBytes(String path, byte[] bytes, String contentType, String... headers) {
        return send(body("PUT", path, bytes, contentType, headers));
    }

    /** A multipart/form-data upload of one file in the field {@code file}. */
    public Response upload(String path, String fileName, byte[] content, String contentType) {
        String boundary = "----setpoint" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        parts.add(content);
        parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)));
    }

    private HttpRequest.Builder body(String method, String path, byte[] bytes, String contentType, String... headers) {
        return request(path, headers)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
