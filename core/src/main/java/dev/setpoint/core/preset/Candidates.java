package dev.setpoint.core.preset;

import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parameter's candidate values: an immutable list, in the order written, that also answers
 * {@link #contains} in constant time and compares as a set by {@link #sameValues}. A preset is parsed
 * once and merged many times, so the set is built here once instead of in every merge. Equality is
 * the list's ({@link List#equals}): order counts, as it does in any other list of values.
 *
 * <p>When every value is an integer that fits a long (the common case: sizes, steps, counts), the
 * list also keeps them as longs, so a merge can compare them without reading the value objects.
 */
public final class Candidates extends AbstractList<Value> implements RandomAccess {

    private final List<Value> values;
    private final Set<Value> set;
    private final int setHash;
    /** The values as longs when all are integers that fit one, else null. */
    private final long @Nullable [] integers;
    /** The smallest and largest of {@link #integers}, when there are some. */
    private final long min;

    private final long max;

    private Candidates(List<Value> values) {
        this.values = List.copyOf(values);
        this.set = Set.copyOf(this.values);
        this.setHash = set.hashCode();
        this.integers = integers(this.values);
        this.min = integers == null ? 0 : Arrays.stream(integers).min().orElse(0);
        this.max = integers == null ? 0 : Arrays.stream(integers).max().orElse(0);
    }

    private static long @Nullable [] integers(List<Value> values) {
        long[] integers = new long[values.size()];
        for (int i = 0; i < integers.length; i++) {
            if (!(values.get(i) instanceof Value.Num n) || !n.isIntegral()) {
                return null;
            }
            BigDecimal integral = n.value().stripTrailingZeros();
            if (integral.precision() - integral.scale() > 18) {
                return null;
            }
            integers[i] = integral.longValueExact();
        }
        return integers;
    }

    /** {@code values} itself when it is already {@code Candidates}, else an immutable copy with its set. */
    public static Candidates of(List<Value> values) {
        return values instanceof Candidates candidates ? candidates : new Candidates(values);
    }

    /** True when both hold the same values, in any order ({@code 1} and {@code 1.0} being one value). */
    public boolean sameValues(Candidates other) {
        return setHash == other.setHash && set.equals(other.set);
    }

    /** The hash of the values as a set: {@link #sameValues} is false when two differ. */
    int setHash() {
        return setHash;
    }

    /** True when every value is an integer that fits a long; then {@link #integer} reads them. */
    public boolean allIntegers() {
        return integers != null;
    }

    /**
     * The value at {@code index} as a long, when {@link #allIntegers()}: two such values are equal
     * ({@code 2} and {@code 2.0} alike) exactly when their longs are.
     */
    public long integer(int index) {
        return integers[index];
    }

    /** The smallest {@link #integer}, when {@link #allIntegers()} (0 for an empty list). */
    public long minInteger() {
        return min;
    }

    /** The largest {@link #integer}, when {@link #allIntegers()} (0 for an empty list). */
    public long maxInteger() {
        return max;
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
