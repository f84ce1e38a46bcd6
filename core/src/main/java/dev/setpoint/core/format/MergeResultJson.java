package dev.setpoint.core.format;

import dev.setpoint.core.merge.Conflict;
import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A merge result as {@code POST /api/presets/merge} answers it and {@code setpoint merge --json}
 * prints it: the seed's {@code parameters}, {@code applied_presets} and {@code conflicts}, plus
 * {@code grid_size}, the number of points in the merged space.
 */
public final class MergeResultJson {

    private MergeResultJson() {}

    public static Value.Obj encode(MergeResult result) {
        Map<String, Value> parameters = new LinkedHashMap<>();
        result.parameters().forEach((name, values) -> parameters.put(name, Value.arr(values)));
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("parameters", new Value.Obj(parameters));
        out.put(
                "applied_presets",
                Value.arr(result.appliedPresets().stream().map(Value::of).toList()));
        out.put("conflicts", conflicts(result.conflicts()));
        out.put("grid_size", Value.of(new BigDecimal(result.gridSize())));
        return new Value.Obj(out);
    }

    /**
     * Conflicts in one shape for every strategy, with the sentence people read; also apply's
     * {@code conflicts}. An overridden value also names its preset as {@code overridden_by}, the
     * member the seed's last_wins conflicts had.
     */
    public static Value.Arr conflicts(List<Conflict> conflicts) {
        return Value.arr(conflicts.stream().map(MergeResultJson::conflict).toList());
    }

    private static Value conflict(Conflict conflict) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("parameter", Value.of(conflict.parameter()));
        out.put("reason", Value.of(conflict.reason().id()));
        out.put("preset", Value.of(conflict.preset()));
        if (conflict.reason() == Conflict.Reason.OVERRIDDEN) {
            out.put("overridden_by", Value.of(conflict.preset()));
        }
        out.put("previous_values", Value.arr(conflict.previousValues()));
        out.put("new_values", Value.arr(conflict.newValues()));
        out.put("message", Value.of(conflict.message()));
        return new Value.Obj(out);
    }
}
