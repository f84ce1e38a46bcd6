package dev.setpoint.server.presets;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.format.PresetCodec;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.StoredPreset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A partial update of a preset, as JSON merge patch reads it: a member left out keeps its value, a
 * member set to null is cleared, any other replaces it. The slug ({@code id}) and the kind stay.
 */
final class PresetPatch {

    private PresetPatch() {}

    /** The stored preset's JSON with {@code patch} applied, for {@link PresetCodec} to read as a whole. */
    static Value.Obj apply(StoredPreset current, Value.Obj patch) {
        Map<String, Value> members =
                new LinkedHashMap<>(PresetCodec.encode(current.preset()).members());
        members.remove("is_system");
        Value kind = patch.members().get("kind");
        if (kind != null && !(kind instanceof Value.Null) && !kind.equals(Value.of(current.kind()))) {
            throw SetpointException.invalid(
                    Pointer.of("kind"),
                    "a preset's kind cannot change; it is " + current.kind() + " (create a new preset instead)");
        }
        patch.members().forEach((name, value) -> {
            if (name.equals("id") || name.equals("kind")) {
                return; // the slug and the kind stay
            }
            if (value instanceof Value.Null) {
                members.remove(name);
            } else {
                members.put(name, value);
            }
        });
        return new Value.Obj(members);
    }
}
