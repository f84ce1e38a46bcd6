package dev.setpoint.runner.builtin;

import java.nio.charset.StandardCharsets;

/** Stable hashes, so that a prompt and a seed give the same output on every machine and JVM. */
final class Hashing {

    private Hashing() {}

    /** FNV-1a over the UTF-8 bytes. */
    static long of(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: consecutive inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static long mix(long a, long b) {
        return mix(a * 0x9e3779b97f4a7c15L + mix(b));
    }

    /** A uniform double in [0, 1) from a hash. */
    static double unit(long hash) {
        return (mix(hash) >>> 11) * 0x1.0p-53;
    }
}
