package dev.setpoint.server.presets;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies read by core's parser, so that they get its limits (nesting, sizes), its duplicate
 * key check and its line-and-column messages. Bytes that are not UTF-8 are refused, not replaced.
 */
final class JsonBody {

    private JsonBody() {}

    static String text(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw SetpointException.invalid("", "the body is not UTF-8 text; JSON must be encoded in UTF-8");
        }
    }

    static Value parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw SetpointException.invalid("", "the request body is empty; send a JSON object");
        }
        String text = text(body);
        return Json.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
}
