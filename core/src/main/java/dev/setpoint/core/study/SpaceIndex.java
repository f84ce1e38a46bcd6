package dev.setpoint.core.study;

import dev.setpoint.core.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A search space's points as coordinates: each parameter's candidate index, in the space's
 * parameter order. Built once per strategy, so that a point's coordinates take a lookup per
 * parameter instead of a search of its candidates.
 */
final class SpaceIndex {

    private final List<String> names;
    private final List<List<Value>> candidates;
    private final List<Map<Value, Integer>> positions;
    /** The grid size when it fits a long, else -1. */
    private final long size;

    SpaceIndex(SearchSpace space) {
        names = List.copyOf(space.parameters().keySet());
        candidates = List.copyOf(space.parameters().values());
        positions = new ArrayList<>();
        for (List<Value> values : candidates) {
            Map<Value, Integer> position = new HashMap<>();
            for (int i = 0; i < values.size(); i++) {
                position.put(values.get(i), i);
            }
            positions.add(position);
        }
        BigInteger grid = space.gridSize();
        size = grid.bitLength() < Long.SIZE ? grid.longValue() : -1;
    }

    int dimensions() {
        return names.size();
    }

    /** How many candidates parameter {@code d} has. */
    int candidates(int d) {
        return candidates.get(d).size();
    }

    /** The candidates of parameter {@code d}. */
    List<Value> values(int d) {
        return candidates.get(d);
    }

    /** The number of points, or -1 when it does not fit a long. */
    long size() {
        return size;
    }

    /** The point's coordinates, or {@code null} when it is not a point of this space. */
    int @Nullable [] coordinates(Map<String, Value> point) {
        if (point.size() != names.size()) {
            return null;
        }
        int[] coordinates = new int[names.size()];
        for (int d = 0; d < names.size(); d++) {
            Value value = point.get(names.get(d));
            Integer position = value == null ? null : positions.get(d).get(value);
            if (position == null) {
                return null;
            }
            coordinates[d] = position;
        }
        return coordinates;
    }

    /** The point at these coordinates. */
    Map<String, Value> point(int[] coordinates) {
        Map<String, Value> point = new LinkedHashMap<>();
        for (int d = 0; d < names.size(); d++) {
            point.put(names.get(d), candidates.get(d).get(coordinates[d]));
        }
        return Collections.unmodifiableMap(point);
    }

    /**
     * The grid index of these coordinates (the last parameter varies fastest), or -1 when it is
     * beyond a long: only a grid larger than a long has such points, and no study reaches them.
     */
    long index(int[] coordinates) {
        try {
            long index = 0;
            for (int d = 0; d < names.size(); d++) {
                index = Math.addExact(
                        Math.multiplyExact(index, candidates.get(d).size()), coordinates[d]);
            }
            return index;
        } catch (ArithmeticException beyondLong) {
            return -1;
        }
    }

    /** The coordinates of grid index {@code index}. */
    int[] coordinates(long index) {
        int[] coordinates = new int[names.size()];
        long rest = index;
        for (int d = names.size() - 1; d >= 0; d--) {
            coordinates[d] = (int) (rest % candidates.get(d).size());
            rest /= candidates.get(d).size();
        }
        return coordinates;
    }
}
