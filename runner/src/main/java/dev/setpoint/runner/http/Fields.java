package dev.setpoint.runner.http;

import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Setpoint parameters renamed to a backend's fields through the template's {@code fields}. A
 * parameter is sent when the template maps it, or when its own name is a field the backend knows;
 * anything else stays home (a backend may reject fields it does not know).
 */
final class Fields {

    private Fields() {}

    static Map<String, Value> mapped(Map<String, Value> values, Map<String, String> fields, Set<String> known) {
        Map<String, Value> body = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            String field = fields.getOrDefault(name, name);
            if (fields.containsKey(name) || known.contains(field)) {
                body.put(field, value);
            }
        });
        return body;
    }

    /** The number sent as {@code field}, or {@code fallback}. */
    static double number(Map<String, Value> body, String field, double fallback) {
        return body.get(field) instanceof Value.Num n ? n.doubleValue() : fallback;
    }
}
