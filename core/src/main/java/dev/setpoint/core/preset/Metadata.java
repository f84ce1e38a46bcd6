package dev.setpoint.core.preset;

import dev.setpoint.core.value.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Descriptive data of a preset, as in the seed: author, tags, what it is recommended for. Members
 * Setpoint does not know are kept in {@code extra} so that an import-export round trip keeps them.
 */
public record Metadata(
        @Nullable String author, List<String> tags, List<String> recommendedFor, Map<String, Value> extra) {

    public static final Metadata EMPTY = new Metadata(null, List.of(), List.of(), Map.of());

    public Metadata {
        tags = List.copyOf(tags);
        recommendedFor = List.copyOf(recommendedFor);
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    public static Metadata of(String author, List<String> tags) {
        return new Metadata(author, tags, List.of(), Map.of());
    }
}
