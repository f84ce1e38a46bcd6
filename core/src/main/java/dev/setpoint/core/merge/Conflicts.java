package dev.setpoint.core.merge;

import dev.setpoint.core.merge.Conflict.Reason;
import dev.setpoint.core.preset.Candidates;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The conflicts of one merge, kept in columns and made into {@link Conflict} records only when read.
 * A last_wins merge of many presets reports thousands of overrides that no one may read; noting one
 * costs four array stores, where a record costs an allocation that reads both candidate lists.
 *
 * <p>{@link Merger} adds to it while merging and then hands it to {@link MergeResult}, which keeps it
 * as it is: from then on it is an immutable list. Each {@link #get} makes a new, equal record.
 */
final class Conflicts extends AbstractList<Conflict> implements RandomAccess {

    private String[] parameters = new String[16];
    private Reason[] reasons = new Reason[16];
    private String[] presets = new String[16];
    private Candidates[] previousValues = new Candidates[16];
    private Candidates[] newValues = new Candidates[16];
    private int size;

    /** Notes a conflict; the arguments are those of {@link Conflict}'s constructor. */
    void add(String parameter, Reason reason, String preset, Candidates previous, Candidates now) {
        if (size == parameters.length) {
            grow();
        }
        parameters[size] = parameter;
        reasons[size] = reason;
        presets[size] = preset;
        previousValues[size] = previous;
        newValues[size] = now;
        size++;
    }

    private void grow() {
        int length = parameters.length * 2;
        parameters = Arrays.copyOf(parameters, length);
        reasons = Arrays.copyOf(reasons, length);
        presets = Arrays.copyOf(presets, length);
        previousValues = Arrays.copyOf(previousValues, length);
        newValues = Arrays.copyOf(newValues, length);
    }

    @Override
    public Conflict get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return new Conflict(parameters[index], reasons[index], presets[index], previousValues[index],
                newValues[index]);
    }

    @Override
    public int size() {
        return size;
    }
}
