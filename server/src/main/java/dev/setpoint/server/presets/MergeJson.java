package dev.setpoint.server.presets;

import dev.setpoint.core.merge.Conflict;
import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merge results and conflicts as JSON, for {@code /api/presets/merge} and {@code /api/apply}. */
public final class MergeJson {

    private MergeJson() {}

    /** The seed's merge response, plus grid_size (the number of points in the merged space). */
    public static Map<String, Object> of(MergeResult result) {
        Map<String, Value> parameters = new LinkedHashMap<>();
        result.parameters().forEach((name, values) -> parameters.put(name, Value.arr(values)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("parameters", new Value.Obj(parameters));
        out.put("applied_presets", result.appliedPresets());
        out.put("conflicts", conflicts(result.conflicts()));
        out.put("grid_size", result.gridSize());
        return out;
    }

    /** One shape for all strategies; {@code overridden_by} as in the seed's last_wins conflicts. */
    public static List<Value> conflicts(List<Conflict> conflicts) {
        List<Value> out = new ArrayList<>();
        for (Conflict conflict : conflicts) {
            Map<String, Value> json = new LinkedHashMap<>();
            json.put("parameter", Value.of(conflict.parameter()));
            json.put("reason", Value.of(conflict.reason().id()));
            json.put("preset", Value.of(conflict.preset()));
            if (conflict.reason() == Conflict.Reason.OVERRIDDEN) {
                json.put("overridden_by", Value.of(conflict.preset()));
            }
            json.put("previous_values", Value.arr(conflict.previousValues()));
            json.put("new_values", Value.arr(conflict.newValues()));
            json.put("message", Value.of(conflict.message()));
            out.add(new Value.Obj(json));
        }
        return out;
    }
}
