package dev.setpoint.core.preset;

import dev.setpoint.core.value.Value;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A parameter preset's parameters: an immutable map from name to {@link Candidates}, in the order
 * written, kept in three parallel arrays. A merge reads thousands of entries of many presets, and the
 * objects of a usual map lie scattered between the large candidate lists, so every entry costs cache
 * misses; these arrays lie together. Names are {@link String#intern() interned}, so the same name in
 * two presets is one object: comparing it reads nothing, and its cached hash stays in the cache (the
 * JVM's string table holds its strings weakly, so names of discarded presets do not stay).
 *
 * <p>Read entry {@code i} by {@link #name}, {@link #candidates} and {@link #valuesHash}; the
 * {@link Map} methods behave as those of any unmodifiable ordered map.
 */
public final class CandidateMap extends AbstractMap<String, List<Value>> {

    private final String[] names;
    private final Candidates[] values;
    private final int[] valuesHashes;
    /** Open addressing for {@link #get}: entry index + 1, 0 for a free slot. */
    private final int[] index;

    private CandidateMap(Map<String, ? extends List<Value>> parameters) {
        int size = parameters.size();
        names = new String[size];
        values = new Candidates[size];
        valuesHashes = new int[size];
        index = new int[Integer.highestOneBit(Math.max(1, size) * 2) * 2];
        int i = 0;
        for (Map.Entry<String, ? extends List<Value>> entry : parameters.entrySet()) {
            String name = entry.getKey();
            names[i] = name == null ? null : name.intern();
            values[i] = Candidates.of(entry.getValue());
            valuesHashes[i] = values[i].setHash();
            int slot = firstSlot(name);
            while (index[slot] != 0) {
                slot = (slot + 1) & (index.length - 1);
            }
            index[slot] = ++i;
        }
    }

    /** {@code parameters} itself when it is already a {@code CandidateMap}, else a copy in that form. */
    public static CandidateMap of(Map<String, ? extends List<Value>> parameters) {
        return parameters instanceof CandidateMap map ? map : new CandidateMap(parameters);
    }

    /** The name of entry {@code i}, interned. */
    public String name(int i) {
        return names[i];
    }

    /** The values of entry {@code i}. */
    public Candidates candidates(int i) {
        return values[i];
    }

    /**
     * An order-free hash of the values of entry {@code i}: when two differ, so do the values
     * ({@link Candidates#sameValues} is false); when equal, ask {@code sameValues}.
     */
    public int valuesHash(int i) {
        return valuesHashes[i];
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public @Nullable Candidates get(@Nullable Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    private int indexOf(Object key) {
        for (int slot = firstSlot(key); index[slot] != 0; slot = (slot + 1) & (index.length - 1)) {
            int i = index[slot] - 1;
            if (names[i] == key || Objects.equals(names[i], key)) {
                return i;
            }
        }
        return -1;
    }

    private int firstSlot(Object key) {
        int h = Objects.hashCode(key) * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (index.length - 1);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super List<Value>> action) {
        for (int i = 0; i < names.length; i++) {
            action.accept(names[i], values[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, List<Value>>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, List<Value>>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Map.Entry<String, List<Value>> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        next++;
                        return new SimpleImmutableEntry<>(names[next - 1], values[next - 1]);
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
