package dev.setpoint.cli.presets;

import dev.setpoint.core.merge.Conflict;
import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seed's merge response, {@code {"parameters", "applied_presets", "conflicts", "grid_size"}}. */
public final class MergeJson {

    private MergeJson() {}

    public static Value.Obj of(MergeResult result) {
        Map<String, Value> parameters = new LinkedHashMap<>();
        result.parameters().forEach((name, values) -> parameters.put(name, Value.arr(values)));
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("parameters", new Value.Obj(parameters));
        out.put("applied_presets", Value.arr(result.appliedPresets().stream().map(Value::of).toList()));
        out.put("conflicts", conflicts(result.conflicts()));
        out.put("grid_size", Value.of(new BigDecimal(result.gridSize())));
        return new Value.Obj(out);
    }

    /** Conflicts in one shape for every strategy, with the sentence people read. */
    public static Value.Arr conflicts(List<Conflict> conflicts) {
        return Value.arr(conflicts.stream().map(MergeJson::conflict).toList());
    }

    private static Value conflict(Conflict conflict) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("parameter", Value.of(conflict.parameter()));
        out.put("reason", Value.of(conflict.reason().id()));
        out.put("preset", Value.of(conflict.preset()));
        out.put("previous_values", Value.arr(conflict.previousValues()));
        out.put("new_values", Value.arr(conflict.newValues()));
        out.put("message", Value.of(conflict.message()));
        return new Value.Obj(out);
    }
}
