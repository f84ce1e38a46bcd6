package dev.setpoint.core.estimate;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The weighted median: the value below and above which half the weight lies (with equal weights, the
 * ordinary median, averaging the two middle values of an even count).
 */
final class WeightedMedian {

    private static final double TIE = 1e-12;

    private WeightedMedian() {}

    static double of(double[] values, double[] weights) {
        if (values.length == 0 || values.length != weights.length) {
            throw new IllegalArgumentException("need as many weights as values, and at least one");
        }
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double half = Arrays.stream(weights).sum() / 2;
        double below = 0;
        for (int k = 0; k < order.length; k++) {
            below += weights[order[k]];
            if (below >= half * (1 - TIE)) {
                boolean exactlyHalf = Math.abs(below - half) <= half * TIE && k + 1 < order.length;
                return exactlyHalf ? (values[order[k]] + values[order[k + 1]]) / 2 : values[order[k]];
            }
        }
        return values[order[order.length - 1]];
    }
}
