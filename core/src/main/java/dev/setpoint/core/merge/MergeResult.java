package dev.setpoint.core.merge;

import dev.setpoint.core.preset.Candidates;
import dev.setpoint.core.value.Value;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a merge: a search space plus what the merge changed or dropped on the way.
 *
 * @param parameters candidate values per parameter, in a deterministic order
 * @param appliedPresets the names of the merged presets, in merge order
 * @param conflicts what was overridden or dropped, in the order it happened; the list of
 *     last_wins's overrides is kept as it is (it makes each record when read)
 */
public record MergeResult(Map<String, List<Value>> parameters, List<String> appliedPresets, List<Conflict> conflicts) {

    public MergeResult {
        Map<String, List<Value>> copy = new LinkedHashMap<>();
        parameters.forEach((name, values) -> copy.put(name, immutable(values)));
        parameters = Collections.unmodifiableMap(copy);
        appliedPresets = List.copyOf(appliedPresets);
        conflicts = conflicts instanceof Overrides overrides ? overrides : List.copyOf(conflicts);
    }

    /** Candidates are immutable already; List.copyOf would copy them, as any list not the JDK's own. */
    private static List<Value> immutable(List<Value> values) {
        return values instanceof Candidates candidates ? candidates : List.copyOf(values);
    }

    /**
     * The number of points in the space: the product of the candidate list sizes. With no parameters
     * it is 1, the empty product: a parameter set that sets nothing is still one point, run once with
     * defaults. A BigInteger because merged spaces can exceed a long.
     */
    public BigInteger gridSize() {
        return parameters.values().stream()
                .map(values -> BigInteger.valueOf(values.size()))
                .reduce(BigInteger.ONE, BigInteger::multiply);
    }
}
