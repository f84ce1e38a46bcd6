package dev.setpoint.core.merge;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.Conflict.Reason;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.value.Limits;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Merges parameter presets in the order given. Values compare as JSON values ({@link Value#equals}):
 * {@code 1} and {@code 1.0} are the same candidate, {@code true} and {@code 1} are not. Every result
 * is ordered by first appearance, so the same input always gives the same output.
 */
public final class Merger {

    private static final String PRESETS_PATH = Pointer.of("preset_ids");

    private Merger() {}

    public static MergeResult merge(List<ParameterPreset> presets, MergeStrategy strategy) {
        Objects.requireNonNull(strategy, "strategy");
        checkCount(presets);
        List<String> names = presets.stream().map(ParameterPreset::name).toList();
        List<Conflict> conflicts = new ArrayList<>();
        Map<String, List<Value>> parameters = switch (strategy) {
            case UNION -> union(presets);
            case INTERSECTION -> intersection(presets, conflicts);
            case LAST_WINS -> lastWins(presets, conflicts);
        };
        return new MergeResult(parameters, names, conflicts);
    }

    private static void checkCount(List<ParameterPreset> presets) {
        if (presets.isEmpty()) {
            throw SetpointException.invalid(PRESETS_PATH, "a merge needs at least one preset");
        }
        if (presets.size() > Limits.MAX_MERGE_PRESETS) {
            throw new SetpointException(SetpointException.Kind.TOO_LARGE, PRESETS_PATH,
                    presets.size() + " presets; the limit is " + Limits.MAX_MERGE_PRESETS);
        }
    }

    /** All values of all presets; the first spelling of a value wins ({@code 1} stays {@code 1} after {@code 1.0}). */
    private static Map<String, List<Value>> union(List<ParameterPreset> presets) {
        Map<String, Set<Value>> merged = new LinkedHashMap<>();
        for (ParameterPreset preset : presets) {
            preset.parameters().forEach((param, values) ->
                    merged.computeIfAbsent(param, p -> new LinkedHashSet<>()).addAll(values));
        }
        Map<String, List<Value>> result = new LinkedHashMap<>();
        merged.forEach((param, values) -> result.put(param, List.copyOf(values)));
        return result;
    }

    /**
     * Parameters every preset sets, with the values all allow, in the first preset's order. Every
     * parameter of any preset that does not survive is reported once, naming the preset that dropped it.
     */
    private static Map<String, List<Value>> intersection(List<ParameterPreset> presets, List<Conflict> conflicts) {
        Map<String, List<Value>> result = new LinkedHashMap<>();
        for (String param : parameterNames(presets)) {
            commonValues(param, presets, conflicts).ifPresent(values -> result.put(param, values));
        }
        return result;
    }

    /** The values of {@code param} every preset allows, or empty after reporting the preset that dropped it. */
    private static Optional<List<Value>> commonValues(String param, List<ParameterPreset> presets,
            List<Conflict> conflicts) {
        List<Value> common = null;
        for (ParameterPreset preset : presets) {
            List<Value> values = preset.parameters().get(param);
            List<Value> soFar = common == null ? List.of() : common;
            if (values == null) {
                conflicts.add(new Conflict(param, Reason.MISSING_FROM_PRESET, preset.name(), soFar, List.of()));
                return Optional.empty();
            }
            common = common == null ? values : retain(common, values);
            if (common.isEmpty()) {
                conflicts.add(new Conflict(param, Reason.NO_COMMON_VALUES, preset.name(), soFar, values));
                return Optional.empty();
            }
        }
        return Optional.of(common);
    }

    private static Set<String> parameterNames(List<ParameterPreset> presets) {
        Set<String> names = new LinkedHashSet<>();
        presets.forEach(preset -> names.addAll(preset.parameters().keySet()));
        return names;
    }

    private static List<Value> retain(List<Value> values, List<Value> allowed) {
        Set<Value> keep = new HashSet<>(allowed);
        return values.stream().filter(keep::contains).toList();
    }

    /**
     * Each parameter takes the last preset's values, keeping the position where it first appeared. A
     * later preset that sets the same values (in any order) overrides silently.
     */
    private static Map<String, List<Value>> lastWins(List<ParameterPreset> presets, List<Conflict> conflicts) {
        Map<String, List<Value>> result = new LinkedHashMap<>();
        for (ParameterPreset preset : presets) {
            preset.parameters().forEach((param, values) -> {
                List<Value> previous = result.put(param, values);
                if (previous != null && !new HashSet<>(previous).equals(new HashSet<>(values))) {
                    conflicts.add(new Conflict(param, Reason.OVERRIDDEN, preset.name(), previous, values));
                }
            });
        }
        return result;
    }
}
