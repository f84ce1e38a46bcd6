package dev.setpoint.core.format;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.preset.InferenceRuntime;
import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The seed's parameter preset shape, extended additively with {@code id}, {@code runtime} and
 * {@code is_system}. Output order: id, name, description, category, runtime, parameters,
 * metadata, is_system; {@code kind} is left out because parameter is the default, which keeps the
 * seed's export example byte-identical.
 */
final class ParameterPresetJson {

    private ParameterPresetJson() {}

    /** Adds the codec's own problems to {@code problems}; the constructor throws its own. */
    static ParameterPreset decode(Value.Obj json, List<Problem> problems) {
        Metadata metadata = MetadataJson.decode(json.members().get("metadata"));
        int before = problems.size();
        InferenceRuntime runtime = runtime(json, metadata, problems);
        if (problems.size() > before) {
            // Already reported where it is written; the record would only add that the two disagree.
            metadata = withoutRuntime(metadata);
        }
        return new ParameterPreset(
                Members.string(json, "id"),
                Members.string(json, "name"),
                Members.string(json, "description"),
                Members.string(json, "category"),
                runtime,
                candidates(json, problems),
                false,
                metadata);
    }

    private static Metadata withoutRuntime(Metadata metadata) {
        Map<String, Value> extra = new LinkedHashMap<>(metadata.extra());
        extra.remove("runtime");
        return new Metadata(metadata.author(), metadata.tags(), metadata.recommendedFor(), extra);
    }

    static Value.Obj encode(ParameterPreset preset) {
        Map<String, Value> out = new LinkedHashMap<>();
        Members.putIfSet(out, "id", preset.id());
        out.put("name", Value.of(preset.name()));
        Members.putIfSet(out, "description", preset.description().isEmpty() ? null : preset.description());
        Members.putIfSet(out, "category", preset.category());
        if (!runtimeSaidByMetadata(preset)) {
            out.put(
                    "runtime",
                    preset.runtime() == null
                            ? Value.NULL
                            : Value.of(preset.runtime().id()));
        }
        Map<String, Value> parameters = new LinkedHashMap<>();
        preset.parameters().forEach((name, values) -> parameters.put(name, Value.arr(values)));
        out.put("parameters", new Value.Obj(parameters));
        Members.putMetadataAndSystem(out, preset);
        return new Value.Obj(out);
    }

    /**
     * A top-level {@code runtime} member is read, even when null; without one, the seed's
     * {@code metadata.runtime}. Metadata itself is kept as given; the record refuses a
     * {@code metadata.runtime} that says otherwise than the runtime.
     */
    private static @Nullable InferenceRuntime runtime(Value.Obj json, Metadata metadata, List<Problem> problems) {
        if (json.members().containsKey("runtime")) {
            return runtime(json.members().get("runtime"), Pointer.of("runtime"), problems);
        }
        Value fromMetadata = metadata.extra().get("runtime");
        return fromMetadata == null ? null : runtime(fromMetadata, Pointer.of("metadata", "runtime"), problems);
    }

    private static @Nullable InferenceRuntime runtime(Value value, String path, List<Problem> problems) {
        if (value instanceof Value.Null) {
            return null;
        }
        try {
            return InferenceRuntime.of(value instanceof Value.Str s ? s.value() : Json.write(value));
        } catch (SetpointException e) {
            problems.add(new Problem(path, e.problems().get(0).message()));
            return null;
        }
    }

    /** Whether reading the output back would take the runtime from metadata and get it right. */
    private static boolean runtimeSaidByMetadata(ParameterPreset preset) {
        Value fromMetadata = preset.metadata().extra().get("runtime");
        return fromMetadata == null
                ? preset.runtime() == null
                : preset.runtime() != null
                        && fromMetadata.equals(Value.of(preset.runtime().id()));
    }

    /** The seed's rule: every value is a list of candidates. */
    private static Map<String, List<Value>> candidates(Value.Obj json, List<Problem> problems) {
        Map<String, List<Value>> parameters = new LinkedHashMap<>();
        Members.object(json, "parameters").forEach((name, values) -> {
            if (values instanceof Value.Arr array) {
                parameters.put(name, array.items());
            } else {
                problems.add(new Problem(Pointer.of("parameters", name), "Parameter '" + name + "' must be a list"));
            }
        });
        return parameters;
    }
}
