package dev.setpoint.server.config;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.JsonErrors;
import dev.setpoint.core.value.Limits;
import dev.setpoint.core.value.Value;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The one way a JSON request body is read, whether a controller takes it as a core {@link Value}
 * (presets) or as a request record ({@link RequestBodyConverter}): by core's parser, so every body
 * gets the same {@link Limits} (nesting, string and number sizes), the same duplicate key and
 * trailing value checks, and the same words with a line and column. Bytes that are not UTF-8 are
 * refused, not replaced.
 */
public final class RequestJson {

    private RequestJson() {}

    /** The body as text; an import file is read by core from this. */
    public static String text(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw SetpointException.invalid("", "the body is not UTF-8 text; JSON must be encoded in UTF-8");
        }
    }

    /** The body as a core value; INVALID, in the request's words, when it is not one JSON document within limits. */
    public static Value parse(byte[] body) {
        return Json.fromNode(tree(document(body)));
    }

    /** The body's text once it has passed {@link #parse}'s checks, for a record to be bound from. */
    static String checked(byte[] body) {
        String text = document(body);
        tree(text);
        return text;
    }

    private static String document(byte[] body) {
        String text = text(body);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static JsonNode tree(String text) {
        JsonNode node;
        try {
            node = Json.readTree(text);
        } catch (JacksonException e) {
            throw SetpointException.invalid("", JsonErrors.describe(e, "JSON"));
        }
        if (node == null || node.isMissingNode()) {
            throw SetpointException.invalid("", "the request body is empty; send a JSON object");
        }
        return node;
    }
}
