package dev.setpoint.core.study;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.math.BigInteger;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a study explores: each parameter's candidate values, in a fixed order. A point is one value
 * per parameter; the grid orders points with the last parameter varying fastest.
 *
 * @param parameters name to its candidates: a non-empty list of distinct values, in the merge's order
 */
public record SearchSpace(Map<String, List<Value>> parameters) {

    public SearchSpace {
        Map<String, List<Value>> copy = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            check(name, values);
            copy.put(name, List.copyOf(values));
        });
        parameters = Collections.unmodifiableMap(copy);
    }

    /** The merged presets' space less the parameters that {@code fixedInputs} set: those do not vary. */
    public static SearchSpace of(MergeResult merged, Map<String, Value> fixedInputs) {
        Map<String, List<Value>> parameters = new LinkedHashMap<>(merged.parameters());
        parameters.keySet().removeAll(fixedInputs.keySet());
        return new SearchSpace(parameters);
    }

    /** The number of points: the product of the candidate lists' sizes (1 for no parameters). */
    public BigInteger gridSize() {
        return parameters.values().stream()
                .map(values -> BigInteger.valueOf(values.size()))
                .reduce(BigInteger.ONE, BigInteger::multiply);
    }

    /** The point at {@code gridIndex} of the grid, where the last parameter varies fastest. */
    public Map<String, Value> point(long gridIndex) {
        if (gridIndex < 0 || BigInteger.valueOf(gridIndex).compareTo(gridSize()) >= 0) {
            throw new IllegalArgumentException("grid index " + gridIndex + " is outside 0 to " + gridSize() + " - 1");
        }
        SpaceIndex index = new SpaceIndex(this);
        return index.point(index.coordinates(gridIndex));
    }

    private static void check(String name, List<Value> values) {
        if (name.isEmpty()) {
            throw SetpointException.invalid(Pointer.of("space"), "a parameter needs a name");
        }
        if (values.isEmpty()) {
            throw SetpointException.invalid(Pointer.of("space", name), name + " has no candidate values");
        }
        Set<Value> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                throw SetpointException.invalid(
                        Pointer.of("space", name, String.valueOf(i)),
                        Json.write(values.get(i)) + " is a candidate of " + name + " twice");
            }
        }
    }
}
