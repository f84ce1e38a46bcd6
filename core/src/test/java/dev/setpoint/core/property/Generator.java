package dev.setpoint.core.property;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * Seeded random test data for the property tests. Each case of a property gets its own generator,
 * made from the seed in the case's display name ({@code seed 17}), so a failing case fails the same
 * way when run again.
 */
public final class Generator {

    /** How often {@link #anyLong} answers an edge value instead of a uniform one. */
    private static final double EDGE_CHANCE = 0.1;

    private static final long[] EDGE_LONGS = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE};
    /** Draws before {@link #distinctList}, {@link #map} or {@link #filter} give up on a generator. */
    private static final int MAX_DRAWS = 1000;

    private final SplittableRandom random;

    public Generator(long seed) {
        random = new SplittableRandom(seed);
    }

    /** The seeds 1 to {@code count}, one per case, for {@code @MethodSource}. */
    public static LongStream seeds(int count) {
        return seeds(1, count);
    }

    /** {@code count} seeds from {@code first} on. */
    public static LongStream seeds(long first, int count) {
        return LongStream.range(first, first + count);
    }

    /** The characters from {@code first} to {@code last}, for an alphabet. */
    public static String range(char first, char last) {
        StringBuilder chars = new StringBuilder();
        for (char c = first; c <= last; c++) {
            chars.append(c);
        }
        return chars.toString();
    }

    /** From {@code min} to {@code max}, both included. */
    public int between(int min, int max) {
        return (int) between((long) min, max);
    }

    /** From {@code min} to {@code max}, both included ({@code max} below {@link Long#MAX_VALUE}). */
    public long between(long min, long max) {
        return random.nextLong(min, max + 1);
    }

    /** From {@code min} (included) to {@code max}. */
    public double between(double min, double max) {
        return random.nextDouble(min, max);
    }

    /** A decimal of the given scale from {@code min} to {@code max}, both included. */
    public BigDecimal between(BigDecimal min, BigDecimal max, int scale) {
        long low = min.setScale(scale, RoundingMode.CEILING).unscaledValue().longValueExact();
        long high = max.setScale(scale, RoundingMode.FLOOR).unscaledValue().longValueExact();
        return BigDecimal.valueOf(between(low, high), scale);
    }

    /** Any long, an edge value (0, 1, -1, the smallest, the largest) one time in ten. */
    public long anyLong() {
        return chance(EDGE_CHANCE) ? EDGE_LONGS[random.nextInt(EDGE_LONGS.length)] : random.nextLong();
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    @SafeVarargs
    public final <T> T oneOf(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    public <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A value from one of the generators, chosen at random. */
    @SafeVarargs
    public final <T> T fromOneOf(Supplier<? extends T>... generators) {
        return oneOf(generators).get();
    }

    /** Null with the given probability, else a generated value. */
    public <T> T orNull(double probability, Supplier<T> generator) {
        return chance(probability) ? null : generator.get();
    }

    /** A generated value that passes {@code accept}. */
    public <T> T filter(Supplier<T> generator, Predicate<T> accept) {
        for (int i = 0; i < MAX_DRAWS; i++) {
            T value = generator.get();
            if (accept.test(value)) {
                return value;
            }
        }
        throw new IllegalStateException("no accepted value in " + MAX_DRAWS + " draws");
    }

    public <T> List<T> list(int minSize, int maxSize, Supplier<T> element) {
        int size = between(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    /** A list of elements unequal to each other ({@link Object#equals}). */
    public <T> List<T> distinctList(int minSize, int maxSize, Supplier<T> element) {
        int size = between(minSize, maxSize);
        Set<T> distinct = new LinkedHashSet<>();
        for (int i = 0; i < MAX_DRAWS && distinct.size() < size; i++) {
            distinct.add(element.get());
        }
        if (distinct.size() < minSize) {
            throw new IllegalStateException("fewer than " + minSize + " distinct values in " + MAX_DRAWS + " draws");
        }
        return new ArrayList<>(distinct);
    }

    /** A map of up to {@code maxSize} entries, in the order generated. */
    public <K, V> Map<K, V> map(int maxSize, Supplier<K> key, Supplier<V> value) {
        int size = between(0, maxSize);
        Map<K, V> map = new LinkedHashMap<>();
        for (int i = 0; i < MAX_DRAWS && map.size() < size; i++) {
            map.putIfAbsent(key.get(), value.get());
        }
        return map;
    }

    /** A string of {@code minLength} to {@code maxLength} characters of {@code alphabet}. */
    public String string(String alphabet, int minLength, int maxLength) {
        int length = between(minLength, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
