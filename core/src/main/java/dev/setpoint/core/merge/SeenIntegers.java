package dev.setpoint.core.merge;

import java.util.Arrays;

/**
 * A set of longs for the merges of integer lists: open addressing over a long array, so that
 * checking a value reads no object and boxes nothing.
 */
final class SeenIntegers {

    private long[] keys = new long[64];
    private boolean[] used = new boolean[64];
    private int size;

    /** True when {@code key} was not seen before (and is now). */
    boolean add(long key) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int slot = slot(key, keys.length);
        while (used[slot]) {
            if (keys[slot] == key) {
                return false;
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        used[slot] = true;
        keys[slot] = key;
        size++;
        return true;
    }

    /** True when {@code key} was seen. */
    boolean contains(long key) {
        int slot = slot(key, keys.length);
        while (used[slot]) {
            if (keys[slot] == key) {
                return true;
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        return false;
    }

    /** Forgets every key, keeping the table's size for the next use. */
    void clear() {
        Arrays.fill(used, false);
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        used = new boolean[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = slot(oldKeys[i], keys.length);
                while (used[slot]) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                used[slot] = true;
                keys[slot] = oldKeys[i];
            }
        }
    }

    /** Fibonacci hashing, folded so that the high bits count as well as the low ones. */
    private static int slot(long key, int length) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & (length - 1);
    }
}
