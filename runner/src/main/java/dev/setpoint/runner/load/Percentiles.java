package dev.setpoint.runner.load;

import java.util.Arrays;

/**
 * Percentiles of a sample, linear between the closest ranks (as numpy's default and the engines'
 * own benchmark scripts compute them): the p-th of n sorted values sits at rank p/100 * (n - 1).
 */
final class Percentiles {

    private Percentiles() {}

    /** The {@code p}-th percentile (0 to 100) of {@code values}; NaN for none. */
    static double of(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = p / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }
}
