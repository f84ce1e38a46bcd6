package dev.setpoint.store;

import dev.setpoint.core.preset.Names;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** A stored preset's JSON from before the name rules, brought to them; see {@link StoredNames}. */
final class LegacyPresetJson {

    private LegacyPresetJson() {}

    /**
     * @param id the preset's number, for a name that has nothing visible left or is then taken
     * @param taken whether a name is already used by another preset of the owner or the system
     */
    static Value.Obj repaired(Value.Obj body, long id, Predicate<String> taken) {
        Map<String, Value> out = new LinkedHashMap<>(body.members());
        String name = ((Value.Str) out.get("name")).value();
        if (Names.hiddenCharacter(name).isPresent()) {
            String clean = visible(name);
            clean = clean.isEmpty() ? "Preset " + id : clean;
            out.put("name", Value.of(taken.test(clean) ? clean + " (" + id + ")" : clean));
        }
        Map<String, Value> moved = new LinkedHashMap<>();
        if (out.get("parameters") instanceof Value.Obj parameters) {
            out.put(
                    "parameters",
                    Value.of("quality").equals(out.get("kind"))
                            ? perFunctionType(parameters, moved)
                            : keepValid(parameters, moved));
        }
        if (!moved.isEmpty()) {
            Map<String, Value> metadata = out.get("metadata") instanceof Value.Obj m
                    ? new LinkedHashMap<>(m.members())
                    : new LinkedHashMap<>();
            metadata.put(StoredNames.MOVED_PARAMETERS, new Value.Obj(moved));
            out.put("metadata", new Value.Obj(metadata));
        }
        return new Value.Obj(out);
    }

    /** The name without what cannot be seen; control characters and separators become one space. */
    static String visible(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Names.hiddenCharacter(Character.toString(c)).isEmpty()) {
                out.appendCodePoint(c);
            } else if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                out.append(' ');
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private static Value.Obj perFunctionType(Value.Obj parameters, Map<String, Value> moved) {
        Map<String, Value> kept = new LinkedHashMap<>();
        parameters.members().forEach((type, params) -> {
            if (params instanceof Value.Obj object) {
                Map<String, Value> movedOfType = new LinkedHashMap<>();
                kept.put(type, keepValid(object, movedOfType));
                if (!movedOfType.isEmpty()) {
                    moved.put(type, new Value.Obj(movedOfType));
                }
            } else {
                kept.put(type, params);
            }
        });
        return new Value.Obj(kept);
    }

    private static Value.Obj keepValid(Value.Obj parameters, Map<String, Value> moved) {
        Map<String, Value> kept = new LinkedHashMap<>();
        parameters.members().forEach((name, value) -> (Names.isParameterName(name) ? kept : moved).put(name, value));
        return new Value.Obj(kept);
    }
}
