package dev.setpoint.core.format;

import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Lenient reads of an object's members. A member of the wrong type reads as absent: the JSON Schema
 * reports it, so the record constructors only see well-typed input and report the rest.
 */
final class Members {

    private Members() {}

    static @Nullable String string(Value.Obj object, String name) {
        return object.members().get(name) instanceof Value.Str s ? s.value() : null;
    }

    static @Nullable Double number(Value.Obj object, String name) {
        return object.members().get(name) instanceof Value.Num n ? n.doubleValue() : null;
    }

    static Map<String, Value> object(Value.Obj object, String name) {
        return object.members().get(name) instanceof Value.Obj o ? o.members() : Map.of();
    }

    static List<String> strings(Value.Obj object, String name) {
        if (!(object.members().get(name) instanceof Value.Arr array)) {
            return List.of();
        }
        return array.items().stream()
                .filter(Value.Str.class::isInstance)
                .map(item -> ((Value.Str) item).value())
                .toList();
    }

    /** Adds {@code name} to {@code out} unless the value is null: output omits what is not set. */
    static void putIfSet(Map<String, Value> out, String name, @Nullable Value value) {
        if (value != null && !(value instanceof Value.Null)) {
            out.put(name, value);
        }
    }

    static void putIfSet(Map<String, Value> out, String name, @Nullable String value) {
        if (value != null) {
            out.put(name, Value.of(value));
        }
    }

    static void putIfSet(Map<String, Value> out, String name, @Nullable Double value) {
        if (value != null) {
            out.put(name, Value.of(value));
        }
    }

    /** The members both kinds end with: metadata when it says anything, {@code is_system} when true. */
    static void putMetadataAndSystem(Map<String, Value> out, Preset preset) {
        Value.Obj metadata = MetadataJson.encode(preset.metadata());
        if (!metadata.members().isEmpty()) {
            out.put("metadata", metadata);
        }
        if (preset.system()) {
            out.put("is_system", Value.TRUE);
        }
    }
}
