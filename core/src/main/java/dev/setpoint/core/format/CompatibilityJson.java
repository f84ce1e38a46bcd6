package dev.setpoint.core.format;

import dev.setpoint.core.compat.Compatibility;
import dev.setpoint.core.compat.Incompatibility;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A compatibility check as {@code POST /api/compatibility} answers it and {@code setpoint check
 * --json} prints it: {@code compatible}, and every reason it is not.
 */
public final class CompatibilityJson {

    private CompatibilityJson() {}

    public static Value.Obj encode(Compatibility compatibility) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("compatible", Value.of(compatibility.compatible()));
        out.put(
                "reasons",
                Value.arr(compatibility.reasons().stream()
                        .map(CompatibilityJson::reason)
                        .toList()));
        return new Value.Obj(out);
    }

    private static Value reason(Incompatibility reason) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("code", Value.of(reason.code()));
        out.put("source", Value.of(reason.source()));
        out.put("parameter", Value.of(reason.parameter()));
        out.put("message", Value.of(reason.message()));
        return new Value.Obj(out);
    }
}
