package dev.setpoint.core.merge;

import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short ways to write presets and candidate lists in merge tests. */
final class TestPresets {

    private TestPresets() {}

    /** {@code preset("A", "tp-size", values(1, 2))}. */
    static ParameterPreset preset(String name, Object... paramThenValues) {
        Map<String, List<Value>> params = new LinkedHashMap<>();
        for (int i = 0; i < paramThenValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Value> values = (List<Value>) paramThenValues[i + 1];
            params.put((String) paramThenValues[i], values);
        }
        return preset(name, params);
    }

    static ParameterPreset preset(String name, Map<String, List<Value>> params) {
        return new ParameterPreset(null, name, null, null, null, params, false, null);
    }

    /** Integers, longs, doubles, BigDecimals (scale kept), booleans and strings as JSON values. */
    static List<Value> values(Object... items) {
        return Arrays.stream(items).map(TestPresets::value).toList();
    }

    private static Value value(Object item) {
        if (item instanceof Integer i) {
            return Value.of(i.longValue());
        }
        if (item instanceof Long l) {
            return Value.of(l.longValue());
        }
        if (item instanceof Double d) {
            return Value.of(d.doubleValue());
        }
        if (item instanceof BigDecimal b) {
            return Value.of(b);
        }
        if (item instanceof Boolean b) {
            return Value.of(b.booleanValue());
        }
        return Value.of((String) item);
    }
}
