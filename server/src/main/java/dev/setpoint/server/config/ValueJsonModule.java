package dev.setpoint.server.config;

import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.io.Serial;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Lets request and response records hold core {@link Value}s: they are written member for member
 * in their own order (numbers as spelled), and read through core's {@link Json#fromNode}. A double
 * in a response is written as core writes numbers too: its shortest decimal, never an exponent
 * ({@code 0.00005}, not Jackson's {@code 5.0E-5}).
 */
@Component
public class ValueJsonModule extends SimpleModule {

    @Serial
    private static final long serialVersionUID = 1L;

    public ValueJsonModule() {
        super("setpoint-value");
        addSerializer(Value.class, new Writer());
        addDeserializer(Value.class, new Reader());
        addSerializer(Double.class, new PlainDouble());
        addSerializer(Double.TYPE, new PlainDouble());
    }

    private static final class PlainDouble extends ValueSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializationContext context) {
            if (Double.isFinite(value)) {
                gen.writeNumber(Json.write(Value.of(value)));
            } else {
                gen.writeNumber(value);
            }
        }
    }

    private static final class Writer extends ValueSerializer<Value> {
        @Override
        public void serialize(Value value, JsonGenerator gen, SerializationContext context) {
            write(value, gen);
        }

        private static void write(Value value, JsonGenerator gen) {
            if (value instanceof Value.Null) {
                gen.writeNull();
            } else if (value instanceof Value.Bool b) {
                gen.writeBoolean(b.value());
            } else if (value instanceof Value.Num) {
                gen.writeNumber(Json.write(value));
            } else if (value instanceof Value.Str s) {
                gen.writeString(s.value());
            } else if (value instanceof Value.Arr a) {
                gen.writeStartArray();
                a.items().forEach(item -> write(item, gen));
                gen.writeEndArray();
            } else {
                gen.writeStartObject();
                for (Map.Entry<String, Value> member :
                        ((Value.Obj) value).members().entrySet()) {
                    gen.writeName(member.getKey());
                    write(member.getValue(), gen);
                }
                gen.writeEndObject();
            }
        }
    }

    private static final class Reader extends ValueDeserializer<Value> {
        @Override
        public Value deserialize(JsonParser parser, DeserializationContext context) {
            return Json.fromNode(context.readTree(parser));
        }

        /** A JSON null is the value null, not a missing Java reference. */
        @Override
        public Value getNullValue(DeserializationContext context) {
            return Value.NULL;
        }
    }
}
