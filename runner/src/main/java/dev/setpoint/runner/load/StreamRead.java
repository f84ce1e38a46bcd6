package dev.setpoint.runner.load;

import dev.setpoint.core.value.Json;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one server-sent event stream of completion chunks, line by line as they arrive: when the
 * first text came, how many chunks had text, the final {@code usage}, an {@code error} event, and
 * whether {@code data: [DONE]} ended it. Used by one thread.
 */
final class StreamRead {

    private static final String DATA = "data:";
    private static final int QUOTED_CHARS = 200;

    private final long sentNanos;
    private long firstNanos = -1;
    private int chunks;
    private int usageTokens = -1;
    private boolean done;
    private @Nullable String error;

    StreamRead(long sentNanos) {
        this.sentNanos = sentNanos;
    }

    /** Takes one line received at {@code nanos}; answers whether the stream is over. */
    boolean line(String line, long nanos) {
        if (!line.startsWith(DATA)) {
            return false;
        }
        String data = line.substring(DATA.length()).strip();
        if (data.equals("[DONE]")) {
            done = true;
            return true;
        }
        JsonNode chunk = parse(data);
        if (chunk == null) {
            return error != null;
        }
        if (chunk.has("error")) {
            error = "the server sent an error: " + quote(chunk.get("error").toString());
            return true;
        }
        if (!text(chunk).isEmpty()) {
            chunks++;
            if (firstNanos < 0) {
                firstNanos = nanos;
            }
        }
        JsonNode usage = chunk.path("usage").path("completion_tokens");
        if (usage.isIntegralNumber()) {
            usageTokens = usage.intValue();
        }
        return false;
    }

    /** What the stream came to, ended at {@code nanos}. */
    RequestResult result(long nanos) {
        long e2e = nanos - sentNanos;
        if (error != null) {
            return RequestResult.failed(error, e2e);
        }
        if (!done) {
            return RequestResult.failed("the stream ended before data: [DONE]", e2e);
        }
        if (firstNanos < 0) {
            return RequestResult.failed("the stream carried no text", e2e);
        }
        return new RequestResult(firstNanos - sentNanos, e2e, usageTokens >= 0 ? usageTokens : chunks, null);
    }

    private @Nullable JsonNode parse(String data) {
        try {
            JsonNode node = Json.readTree(data);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (RuntimeException e) {
            // Worded below: what matters is that the chunk was not a JSON object.
        }
        error = "a chunk was not a JSON object: " + quote(data);
        return null;
    }

    /** A completion chunk's {@code choices[0].text}, or a chat chunk's {@code choices[0].delta.content}. */
    private static String text(JsonNode chunk) {
        JsonNode choice = chunk.path("choices").path(0);
        JsonNode text =
                choice.has("text") ? choice.get("text") : choice.path("delta").path("content");
        return text.isString() ? text.stringValue() : "";
    }

    static String quote(String text) {
        return text.length() > QUOTED_CHARS ? text.substring(0, QUOTED_CHARS) + "..." : text;
    }
}
