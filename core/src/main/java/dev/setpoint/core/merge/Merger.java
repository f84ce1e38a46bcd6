package dev.setpoint.core.merge;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.Conflict.Reason;
import dev.setpoint.core.preset.CandidateMap;
import dev.setpoint.core.preset.Candidates;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.value.Limits;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Merges parameter presets in the order given. Values compare as JSON values ({@link Value#equals}):
 * {@code 1} and {@code 1.0} are the same candidate, {@code true} and {@code 1} are not. Every result
 * is ordered by first appearance, so the same input always gives the same output.
 *
 * <p>A preset's candidate lists are {@link Candidates}, which carry their set: membership and the
 * order-free comparison of last_wins take constant time, and conflicts hold those lists instead of
 * copies.
 */
public final class Merger {

    private static final String PRESETS_PATH = Pointer.of("preset_ids");

    private Merger() {}

    public static MergeResult merge(List<ParameterPreset> presets, MergeStrategy strategy) {
        Objects.requireNonNull(strategy, "strategy");
        checkCount(presets);
        List<String> names = presets.stream().map(ParameterPreset::name).toList();
        if (strategy == MergeStrategy.LAST_WINS) {
            LastWins lastWins = new LastWins(List.copyOf(presets));
            return new MergeResult(lastWins.parameters(), names, lastWins.overrides());
        }
        List<Conflict> conflicts = new ArrayList<>();
        Map<String, List<Value>> parameters =
                strategy == MergeStrategy.UNION ? union(presets) : intersection(presets, conflicts);
        return new MergeResult(parameters, names, conflicts);
    }

    private static void checkCount(List<ParameterPreset> presets) {
        if (presets.isEmpty()) {
            throw SetpointException.invalid(PRESETS_PATH, "a merge needs at least one preset");
        }
        if (presets.size() > Limits.MAX_MERGE_PRESETS) {
            throw new SetpointException(
                    SetpointException.Kind.TOO_LARGE,
                    PRESETS_PATH,
                    presets.size() + " presets; the limit is " + Limits.MAX_MERGE_PRESETS);
        }
    }

    /**
     * All values of all presets; the first spelling of a value wins ({@code 1} stays {@code 1} after
     * {@code 1.0}). One parameter at a time, so that only its set is in the processor's cache.
     */
    private static Map<String, List<Value>> union(List<ParameterPreset> presets) {
        Map<String, List<Value>> result = new LinkedHashMap<>();
        for (String param : parameterNames(presets)) {
            List<Candidates> lists = new ArrayList<>();
            presets.forEach(preset ->
                    Optional.ofNullable(preset.candidates().get(param)).ifPresent(lists::add));
            result.put(
                    param, lists.stream().allMatch(Candidates::allIntegers) ? integerUnion(lists) : valueUnion(lists));
        }
        return result;
    }

    private static List<Value> valueUnion(List<Candidates> lists) {
        Set<Value> merged = new LinkedHashSet<>();
        lists.forEach(merged::addAll);
        return List.copyOf(merged);
    }

    /**
     * As {@link #valueUnion}, comparing the longs instead of the value objects: far fewer memory reads.
     * When the values lie in a narrow range, as sizes and counts do, a bit per possible value.
     */
    private static List<Value> integerUnion(List<Candidates> lists) {
        long min = lists.stream().mapToLong(Candidates::minInteger).min().orElse(0);
        long max = lists.stream().mapToLong(Candidates::maxInteger).max().orElse(0);
        LongPredicate firstSeen = SeenInRange.fits(min, max) ? new SeenInRange(min, max)::add : new SeenIntegers()::add;
        List<Value> merged = new ArrayList<>();
        for (Candidates values : lists) {
            for (int i = 0; i < values.size(); i++) {
                if (firstSeen.test(values.integer(i))) {
                    merged.add(values.get(i));
                }
            }
        }
        return List.copyOf(merged);
    }

    /**
     * Parameters every preset sets, with the values all allow, in the first preset's order. Every
     * parameter of any preset that does not survive is reported once, naming the preset that dropped it.
     */
    private static Map<String, List<Value>> intersection(List<ParameterPreset> presets, List<Conflict> conflicts) {
        Map<String, List<Value>> result = new LinkedHashMap<>();
        SeenIntegers scratch = new SeenIntegers();
        for (String param : parameterNames(presets)) {
            commonValues(param, presets, conflicts, scratch).ifPresent(values -> result.put(param, values));
        }
        return result;
    }

    /** The values of {@code param} every preset allows, or empty after reporting the preset that dropped it. */
    private static Optional<List<Value>> commonValues(
            String param, List<ParameterPreset> presets, List<Conflict> conflicts, SeenIntegers scratch) {
        CommonValues common = null;
        for (ParameterPreset preset : presets) {
            Candidates values = preset.candidates().get(param);
            if (values == null) {
                List<Value> soFar = common == null ? List.of() : common.values();
                conflicts.add(new Conflict(param, Reason.MISSING_FROM_PRESET, preset.name(), soFar, List.of()));
                return Optional.empty();
            }
            if (common == null) {
                common = new CommonValues(values);
            } else if (!common.retain(values, scratch)) {
                conflicts.add(new Conflict(param, Reason.NO_COMMON_VALUES, preset.name(), common.values(), values));
                return Optional.empty();
            }
        }
        return Optional.of(common.values());
    }

    /**
     * Every preset's parameter names, in order of first appearance. Presets often list the same names
     * in the same order; a name that is the very object (names are interned) at the same index of the
     * previous preset is in the set already, and skipping it saves a set lookup per entry.
     */
    private static Set<String> parameterNames(List<ParameterPreset> presets) {
        Set<String> names = new LinkedHashSet<>();
        CandidateMap previous = CandidateMap.of(Map.of());
        for (ParameterPreset preset : presets) {
            CandidateMap parameters = preset.candidates();
            for (int i = 0; i < parameters.size(); i++) {
                String name = parameters.name(i);
                if (i >= previous.size() || previous.name(i) != name) {
                    names.add(name);
                }
            }
            previous = parameters;
        }
        return names;
    }
}
