package dev.setpoint.core.merge;

/**
 * The longs a union has seen when all lie in a known, small range: one bit each, so checking a value
 * is a shift and a mask on a few cache lines.
 */
final class SeenInRange {

    /** The widest range kept as bits (8 KiB); wider ones go to {@link SeenIntegers}. */
    static final long MAX_WIDTH = 1 << 16;

    private final long offset;
    private final long[] words;

    /** For keys from {@code min} to {@code max}, both included; {@link #fits} says when that is allowed. */
    SeenInRange(long min, long max) {
        this.offset = min;
        this.words = new long[(int) ((max - min) >>> 6) + 1];
    }

    /** True when the range from {@code min} to {@code max} is narrow enough (the difference may overflow). */
    static boolean fits(long min, long max) {
        long width = max - min;
        return width >= 0 && width < MAX_WIDTH;
    }

    /** True when {@code key} was not seen before (and is now). */
    boolean add(long key) {
        long bit = key - offset;
        int word = (int) (bit >>> 6);
        long mask = 1L << bit;
        if ((words[word] & mask) != 0) {
            return false;
        }
        words[word] |= mask;
        return true;
    }
}
