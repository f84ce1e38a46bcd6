package dev.setpoint.runner.builtin;

import dev.setpoint.core.SetpointException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The image template's samplers, each a different Monte Carlo integrator: how the points of a pixel
 * (two dimensions of position in the pixel, two on the area light) are chosen, and whether the sample
 * budget is spent adaptively. The names are the template's; the algorithms are ours.
 */
enum Sampler {
    /** Independent uniform random points: plain Monte Carlo. */
    EULER("euler", false, 1, Jit.weight(1.30, 1.14)) {
        @Override
        void points(long pixelSeed, int count, double[] out) {
            SplittableRandom rnd = new SplittableRandom(pixelSeed);
            for (int i = 0; i < count * DIMENSIONS; i++) {
                out[i] = rnd.nextDouble();
            }
        }
    },
    /**
     * Ancestral: every point descends from the one before it plus fresh Gaussian noise, a random walk
     * on the unit torus. Uniform in the limit, but correlated, so it converges more slowly than euler.
     */
    EULER_A("euler_a", false, Jit.weight(5.33, 2.30), Jit.weight(8.24, 3.23)) {
        @Override
        void points(long pixelSeed, int count, double[] out) {
            SplittableRandom rnd = new SplittableRandom(pixelSeed);
            for (int d = 0; d < DIMENSIONS; d++) {
                out[d] = rnd.nextDouble();
            }
            for (int i = DIMENSIONS; i < count * DIMENSIONS; i++) {
                double next = out[i - DIMENSIONS] + 0.3 * gaussian(rnd);
                out[i] = next - Math.floor(next);
            }
        }
    },
    /** Latin hypercube: every dimension stratified into {@code count} strata, shuffled independently. */
    DDIM("ddim", false, Jit.weight(1.85, 1.30), Jit.weight(2.74, 1.64)) {
        @Override
        void points(long pixelSeed, int count, double[] out) {
            SplittableRandom rnd = new SplittableRandom(pixelSeed);
            int[] strata = new int[count];
            for (int d = 0; d < DIMENSIONS; d++) {
                for (int i = 0; i < count; i++) {
                    strata[i] = i;
                }
                for (int i = count - 1; i > 0; i--) {
                    int j = rnd.nextInt(i + 1);
                    int t = strata[i];
                    strata[i] = strata[j];
                    strata[j] = t;
                }
                for (int i = 0; i < count; i++) {
                    out[i * DIMENSIONS + d] = (strata[i] + rnd.nextDouble()) / count;
                }
            }
        }
    },
    /** Halton points (bases 2, 3, 5, 7) shifted randomly per pixel (Cranley-Patterson rotation). */
    DPM_2M("dpm++_2m", false, Jit.weight(1.23, 1.37), Jit.weight(1.59, 1.69)) {
        @Override
        void points(long pixelSeed, int count, double[] out) {
            halton(pixelSeed, count, out);
        }
    },
    /** Halton points as dpm++_2m, with the second half of the budget spent where pixels are noisiest. */
    DPM_2M_KARRAS("dpm++_2m_karras", true, Jit.weight(1.65, 1.88), Jit.weight(1.42, 1.46)) {
        @Override
        void points(long pixelSeed, int count, double[] out) {
            halton(pixelSeed, count, out);
        }
    },
    /**
     * Halton points as dpm++_2m, spent adaptively by the noise of each pixel's 3x3 neighbourhood
     * rather than its own, so that a pixel whose first samples agreed by chance next to a noisy one
     * still gets more.
     */
    DPM_3M_SDE_KARRAS("dpm++_3m_sde_karras", true, Jit.weight(1.79, 2.00), Jit.weight(1.42, 1.47)) {
        @Override
        void points(long pixelSeed, int count, double[] out) {
            halton(pixelSeed, count, out);
        }

        @Override
        boolean smoothsNoise() {
            return true;
        }
    };

    static final int DIMENSIONS = 4;
    private static final int[] BASES = {2, 3, 5, 7};
    /** Radical inverses of the first indices, the ones nearly every pixel uses, computed once. */
    private static final int TABLE_SIZE = 4097;

    private static final double[][] RADICAL_INVERSES = radicalInverses();

    private final String wireName;
    private final boolean adaptive;
    private final double firstCost;
    private final double refineCost;

    /**
     * @param firstCost the time of one sample of a pixel's first pass in a scene of seven shapes,
     *     relative to euler's, under this JVM's compiler ({@link Jit})
     * @param refineCost the same for a sample given to a pixel afterwards (the adaptive half, the
     *     refiner), which regenerates the pixel's earlier points too. Both measured by
     *     {@code CostProfile image} (docs/FUNCTIONS.md), the mean of two profiles.
     */
    Sampler(String wireName, boolean adaptive, double firstCost, double refineCost) {
        this.wireName = wireName;
        this.adaptive = adaptive;
        this.firstCost = firstCost;
        this.refineCost = refineCost;
    }

    double firstCost() {
        return firstCost;
    }

    double refineCost() {
        return refineCost;
    }

    /** The samples a pixel gets in the first pass of {@code spp}: all of them, or half when adaptive. */
    int firstSamples(int spp) {
        return adaptive && spp >= 4 ? spp / 2 : spp;
    }

    /** Writes {@code count} points of {@link #DIMENSIONS} coordinates in [0, 1) to {@code out}. */
    abstract void points(long pixelSeed, int count, double[] out);

    /** Whether the adaptive pass judges a pixel's noise by its neighbourhood. */
    boolean smoothsNoise() {
        return false;
    }

    /** Whether half the budget goes to the pixels whose first samples vary most. */
    boolean adaptive() {
        return adaptive;
    }

    /** The name the parameter gives it, such as {@code dpm++_2m_karras}. */
    String wireName() {
        return wireName;
    }

    static Sampler named(String name) {
        return Arrays.stream(values())
                .filter(s -> s.wireName.equals(name))
                .findFirst()
                .orElseThrow(() -> SetpointException.invalid(
                        "sampler",
                        "the built-in image function has no sampler '" + name + "'; it has "
                                + Arrays.stream(values()).map(s -> s.wireName).toList()));
    }

    private static void halton(long pixelSeed, int count, double[] out) {
        double[] shift = shift(pixelSeed);
        for (int i = 0; i < count; i++) {
            for (int d = 0; d < DIMENSIONS; d++) {
                double v = shift[d] + radicalInverse(i + 1, BASES[d]);
                out[i * DIMENSIONS + d] = v - Math.floor(v);
            }
        }
    }

    private static double radicalInverse(int index, int base) {
        return index < TABLE_SIZE
                ? RADICAL_INVERSES[Arrays.binarySearch(BASES, base)][index]
                : computeInverse(index, base);
    }

    private static double computeInverse(int index, int base) {
        double inverse = 1.0 / base;
        double f = inverse;
        double result = 0;
        for (int i = index; i > 0; i /= base) {
            result += f * (i % base);
            f *= inverse;
        }
        return result;
    }

    private static double[][] radicalInverses() {
        double[][] table = new double[BASES.length][TABLE_SIZE];
        for (int b = 0; b < BASES.length; b++) {
            for (int i = 0; i < TABLE_SIZE; i++) {
                table[b][i] = computeInverse(i, BASES[b]);
            }
        }
        return table;
    }

    private static double[] shift(long pixelSeed) {
        double[] shift = new double[DIMENSIONS];
        for (int d = 0; d < DIMENSIONS; d++) {
            shift[d] = Hashing.unit(pixelSeed + d);
        }
        return shift;
    }

    private static double gaussian(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }
}
