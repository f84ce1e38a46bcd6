package dev.setpoint.server.presets;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.format.PresetCodec;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.StoredPreset;
import dev.setpoint.store.Visibility;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The preset as the API shows it: core's {@link PresetCodec} JSON with the server's members. The
 * server {@code id} is the number; core's textual id is {@code slug}. On input the server-managed
 * members are ignored, so a preset read from the API can be sent back as it is.
 */
public final class PresetJson {

    /** Members the server sets; ignored on input. A string {@code id} is core's (export files). */
    static final List<String> SERVER_MANAGED =
            List.of("slug", "owner", "is_system", "is_custom", "revision", "created_at", "updated_at");

    static final String VISIBILITY = "visibility";

    private PresetJson() {}

    /**
     * With {@code level}, a custom quality preset that sets no level shows the level of the chain it
     * stands on (STORY-050: its base's), which {@link PresetService#inheritedLevel} found.
     */
    public static Value.Obj write(StoredPreset stored, @Nullable Integer level) {
        Preset preset = level != null && stored.preset() instanceof QualityPreset quality && quality.level() == null
                ? quality.withLevel(level)
                : stored.preset();
        Map<String, Value> codec =
                new LinkedHashMap<>(PresetCodec.encode(preset).members());
        codec.remove("id");
        codec.remove("kind");
        codec.remove("is_system");
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("id", Value.of(stored.id()));
        out.put("slug", Value.of(stored.slug()));
        out.put("kind", Value.of(stored.kind()));
        out.putAll(codec);
        out.put("owner", Value.of(stored.owner()));
        out.put(VISIBILITY, Value.of(stored.visibility().id()));
        out.put("is_system", Value.of(stored.system()));
        out.put("revision", Value.of(stored.revision()));
        out.put("created_at", Value.of(stored.createdAt().toString()));
        out.put("updated_at", Value.of(stored.updatedAt().toString()));
        return new Value.Obj(out);
    }

    /** The body as an object, or INVALID. */
    static Value.Obj object(Value body) {
        if (!(body instanceof Value.Obj object)) {
            throw SetpointException.invalid("", "a preset must be a JSON object, not " + body.typeName());
        }
        return object;
    }

    /** The members core reads: server-managed ones and the visibility removed. */
    static Value.Obj presetMembers(Value.Obj body) {
        Map<String, Value> members = new LinkedHashMap<>(body.members());
        SERVER_MANAGED.forEach(members::remove);
        members.remove(VISIBILITY);
        if (members.get("id") instanceof Value.Num) {
            members.remove("id");
        }
        return new Value.Obj(members);
    }

    /** The requested visibility: absent gives {@code current} (null on update: keep), null resets to private. */
    static @Nullable Visibility visibility(Value.Obj body, @Nullable Visibility current) {
        if (!body.members().containsKey(VISIBILITY)) {
            return current;
        }
        Value value = body.members().get(VISIBILITY);
        if (value instanceof Value.Null) {
            return Visibility.PRIVATE;
        }
        Visibility visibility =
                value instanceof Value.Str s && !s.value().equals("system") ? Visibility.of(s.value()) : null;
        if (visibility == null) {
            throw SetpointException.invalid("/" + VISIBILITY, "visibility must be \"private\" or \"shared\"");
        }
        return visibility;
    }
}
