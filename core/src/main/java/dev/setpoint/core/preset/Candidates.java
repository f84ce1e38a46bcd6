package dev.setpoint.core.preset;

import dev.setpoint.core.value.Value;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

/**
 * A parameter's candidate values: an immutable list, in the order written, that also answers
 * {@link #contains} in constant time and compares as a set by {@link #sameValues}. A preset is parsed
 * once and merged many times, so the set is built here once instead of in every merge. Equality is
 * the list's ({@link List#equals}): order counts, as it does in any other list of values.
 */
public final class Candidates extends AbstractList<Value> implements RandomAccess {

    private final List<Value> values;
    private final Set<Value> set;
    private final int setHash;

    private Candidates(List<Value> values) {
        this.values = List.copyOf(values);
        this.set = Set.copyOf(this.values);
        this.setHash = set.hashCode();
    }

    /** {@code values} itself when it is already {@code Candidates}, else an immutable copy with its set. */
    public static Candidates of(List<Value> values) {
        return values instanceof Candidates candidates ? candidates : new Candidates(values);
    }

    /** True when both hold the same values, in any order ({@code 1} and {@code 1.0} being one value). */
    public boolean sameValues(Candidates other) {
        return setHash == other.setHash && set.equals(other.set);
    }

    @Override
    public boolean contains(Object o) {
        return set.contains(o);
    }

    @Override
    public Value get(int index) {
        return values.get(index);
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public Iterator<Value> iterator() {
        return values.iterator();
    }
}
