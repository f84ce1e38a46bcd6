package dev.setpoint.core.merge;

import dev.setpoint.core.preset.Candidates;
import dev.setpoint.core.value.Value;
import java.util.Arrays;
import java.util.List;

/**
 * The values of one parameter that every preset so far allows, for the intersection. They are always
 * some of the first preset's values in its order, so they are kept as its indexes. When both lists
 * hold only integers ({@link Candidates#allIntegers}), membership compares longs in a small table
 * instead of hashing value objects.
 */
final class CommonValues {

    private final Candidates first;
    private int[] kept;
    private int size;
    private int[] spare;

    CommonValues(Candidates first) {
        this.first = first;
        this.size = first.size();
        this.kept = new int[size];
        this.spare = new int[size];
        Arrays.setAll(kept, i -> i);
    }

    /**
     * Keeps only the values {@code allowed} also holds and returns true; when none would remain,
     * changes nothing and returns false.
     */
    boolean retain(Candidates allowed, SeenIntegers scratch) {
        int count =
                first.allIntegers() && allowed.allIntegers() ? retainIntegers(allowed, scratch) : retainValues(allowed);
        if (count == 0) {
            return false;
        }
        int[] old = kept;
        kept = spare;
        spare = old;
        size = count;
        return true;
    }

    private int retainIntegers(Candidates allowed, SeenIntegers scratch) {
        scratch.clear();
        for (int i = 0; i < allowed.size(); i++) {
            scratch.add(allowed.integer(i));
        }
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (scratch.contains(first.integer(kept[i]))) {
                spare[count++] = kept[i];
            }
        }
        return count;
    }

    private int retainValues(Candidates allowed) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (allowed.contains(first.get(kept[i]))) {
                spare[count++] = kept[i];
            }
        }
        return count;
    }

    /** The values kept, in the first preset's order. */
    List<Value> values() {
        if (size == first.size()) {
            return first;
        }
        Value[] values = new Value[size];
        for (int i = 0; i < size; i++) {
            values[i] = first.get(kept[i]);
        }
        return List.of(values);
    }
}
