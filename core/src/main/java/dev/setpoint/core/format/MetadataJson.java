package dev.setpoint.core.format;

import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The {@code metadata} member: author, tags, recommended_for, and any other members kept in order. */
final class MetadataJson {

    private static final Set<String> KNOWN = Set.of("author", "tags", "recommended_for");

    private MetadataJson() {}

    static Metadata decode(@Nullable Value value) {
        if (!(value instanceof Value.Obj object)) {
            return Metadata.EMPTY;
        }
        Map<String, Value> extra = new LinkedHashMap<>(object.members());
        extra.keySet().removeAll(KNOWN);
        return new Metadata(
                Members.string(object, "author"),
                Members.strings(object, "tags"),
                Members.strings(object, "recommended_for"),
                extra);
    }

    /** Author, tags, recommended_for (each only when set), then the other members as given. */
    static Value.Obj encode(Metadata metadata) {
        Map<String, Value> out = new LinkedHashMap<>();
        Members.putIfSet(out, "author", metadata.author());
        putIfAny(out, "tags", metadata.tags());
        putIfAny(out, "recommended_for", metadata.recommendedFor());
        out.putAll(metadata.extra());
        return new Value.Obj(out);
    }

    private static void putIfAny(Map<String, Value> out, String name, List<String> strings) {
        if (!strings.isEmpty()) {
            out.put(name, Value.arr(strings.stream().map(Value::of).toList()));
        }
    }
}
