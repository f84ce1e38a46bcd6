package dev.setpoint.server.config;

import dev.setpoint.core.value.Value;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A {@code Long} in a request body is an id ({@code preset_ids}): a JSON integer that {@link Ids}
 * accepts. {@code 1.5}, {@code 1.0}, {@code 1e0}, {@code -1} and {@code "1"} are not preset 1.
 */
final class IdDeserializer extends ValueDeserializer<Long> {

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            // Refused as written: 1e0 would otherwise pass as 1, and 1e999999999 is never expanded.
            throw Ids.notAnId(parser.getString(), "");
        }
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return (Long) context.handleUnexpectedToken(Long.class, parser);
        }
        return Ids.of(new Value.Num(parser.getDecimalValue()), "");
    }
}
