package dev.setpoint.cli.apply;

import dev.setpoint.core.merge.Conflict;
import dev.setpoint.core.resolve.ApplyResult;
import dev.setpoint.core.resolve.Provenance;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Map;

/**
 * What apply prints, computed here or by a server.
 *
 * @param result STORY-050's answer: the final parameters, then {@code _quality_preset}
 * @param provenance per final parameter, in the same order: where its value came from
 * @param conflicts what merging the parameter presets overrode or dropped
 */
record Applied(Value.Obj result, Map<String, Provenance> provenance, List<Conflict> conflicts) {

    static Applied of(ApplyResult result) {
        return new Applied(result.toValue(), result.provenance(), result.conflicts());
    }

    /** A member of {@code _quality_preset} as text: its id, name, level, estimated_time or estimated_cost. */
    String quality(String member) {
        Value meta = result.members().get(ApplyResult.QUALITY_KEY);
        Value value = meta instanceof Value.Obj o ? o.members().get(member) : null;
        if (value instanceof Value.Num n) {
            return n.value().toPlainString();
        }
        return value instanceof Value.Str s ? s.value() : "-";
    }
}
