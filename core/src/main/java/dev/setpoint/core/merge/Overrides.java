package dev.setpoint.core.merge;

import dev.setpoint.core.merge.Conflict.Reason;
import dev.setpoint.core.preset.CandidateMap;
import dev.setpoint.core.preset.ParameterPreset;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The conflicts of a last_wins merge: each override noted as four ints (the overriding preset and
 * its entry, the overridden preset and its entry, entries as in {@link ParameterPreset#candidates()})
 * and made into a {@link Conflict} record only when read. A merge of many presets notes thousands of
 * overrides that no one may read; an int costs a store, a record an allocation and reference
 * stores that the garbage collector has to track.
 *
 * <p>{@link LastWins} adds to it while merging and then hands it to {@link MergeResult}, which keeps
 * it as it is: from then on it is an immutable list. Each {@link #get} makes a new, equal record.
 */
final class Overrides extends AbstractList<Conflict> implements RandomAccess {

    private final List<ParameterPreset> presets;
    private int[] noted = new int[64];
    private int size;

    /** {@code presets} is immutable: the overrides refer to its elements by index. */
    Overrides(List<ParameterPreset> presets) {
        this.presets = presets;
    }

    void add(int preset, int entry, int previousPreset, int previousEntry) {
        if (4 * size == noted.length) {
            noted = Arrays.copyOf(noted, noted.length * 2);
        }
        noted[4 * size] = preset;
        noted[4 * size + 1] = entry;
        noted[4 * size + 2] = previousPreset;
        noted[4 * size + 3] = previousEntry;
        size++;
    }

    @Override
    public Conflict get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        ParameterPreset preset = presets.get(noted[4 * index]);
        CandidateMap now = preset.candidates();
        CandidateMap before = presets.get(noted[4 * index + 2]).candidates();
        int entry = noted[4 * index + 1];
        return new Conflict(
                now.name(entry),
                Reason.OVERRIDDEN,
                preset.name(),
                before.candidates(noted[4 * index + 3]),
                now.candidates(entry));
    }

    @Override
    public int size() {
        return size;
    }
}
