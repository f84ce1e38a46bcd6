package dev.setpoint.core.preset;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Limits;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parameter preset (the parameter-preset design seed): each parameter has a non-empty list of
 * distinct candidate values, so a preset describes a search space ({@code "tp-size": [2, 4]}). The
 * lists are {@link Candidates}, held in a {@link CandidateMap}.
 *
 * @param category free-form grouping such as {@code performance} or {@code memory}; may be null
 * @param runtime the inference engine the preset is written for, or {@code null} for any: the one
 *     source of truth. The seed's {@code metadata.runtime}, when present, must say the same.
 */
public record ParameterPreset(
        @Nullable String id,
        String name,
        String description,
        @Nullable String category,
        @Nullable InferenceRuntime runtime,
        Map<String, List<Value>> parameters,
        boolean system,
        Metadata metadata)
        implements Preset {

    static final int MAX_CATEGORY_LENGTH = 100;

    public ParameterPreset {
        description = description == null ? "" : description;
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        parameters = copy(parameters);
        List<Problem> problems = new ArrayList<>();
        Names.checkId(id, problems);
        Names.checkName(name, problems);
        if (category != null && (category.isBlank() || category.length() > MAX_CATEGORY_LENGTH)) {
            problems.add(new Problem(
                    Pointer.of("category"), "category must be 1 to " + MAX_CATEGORY_LENGTH + " characters"));
        }
        if (parameters.size() > Limits.MAX_PARAMETERS) {
            problems.add(new Problem(
                    Pointer.of("parameters"),
                    parameters.size() + " parameters; the limit is " + Limits.MAX_PARAMETERS));
        }
        parameters.forEach((param, values) -> checkCandidates(param, values, problems));
        checkMetadataRuntime(runtime, metadata, problems);
        SetpointException.throwIfAny(problems);
    }

    /** The {@link #parameters()} in the form a merge reads fastest: the same map, by its own type. */
    public CandidateMap candidates() {
        return (CandidateMap) parameters;
    }

    @Override
    public String kind() {
        return "parameter";
    }

    /** The seed's spelling may restate the runtime, never contradict it: the list filter and the preset read one. */
    private static void checkMetadataRuntime(InferenceRuntime runtime, Metadata metadata, List<Problem> problems) {
        Value said = metadata.extra().get("runtime");
        Value is = runtime == null ? Value.NULL : Value.of(runtime.id());
        if (said != null && !said.equals(is)) {
            problems.add(new Problem(
                    Pointer.of("metadata", "runtime"),
                    "metadata.runtime is " + Json.write(said) + " but runtime is " + Json.write(is)
                            + "; give the runtime once, or the same in both"));
        }
    }

    private static void checkCandidates(String param, List<Value> values, List<Problem> problems) {
        String path = Pointer.of("parameters", param);
        Names.checkParameterName(path, param, problems);
        if (values.isEmpty()) {
            problems.add(new Problem(path, "Parameter '" + param + "' cannot be empty"));
        } else if (values.size() > Limits.MAX_CANDIDATES) {
            problems.add(new Problem(path, values.size() + " candidate values; the limit is " + Limits.MAX_CANDIDATES));
        }
        Set<Value> seen = new HashSet<>();
        for (Value value : values) {
            if (value instanceof Value.Null) {
                problems.add(new Problem(path, "a candidate value cannot be null"));
            } else if (!seen.add(value)) {
                problems.add(new Problem(path, "Parameter '" + param + "' lists " + value + " more than once"));
            }
        }
    }

    private static Map<String, List<Value>> copy(Map<String, List<Value>> parameters) {
        return CandidateMap.of(parameters == null ? Map.of() : parameters);
    }
}
