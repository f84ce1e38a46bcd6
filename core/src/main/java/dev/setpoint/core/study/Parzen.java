package dev.setpoint.core.study;

import dev.setpoint.core.value.Value;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A density over one parameter's candidates, made of a uniform prior (weight {@code priorWeight})
 * and one kernel per observation (weight 1). Numbers are ordinal: each observation's kernel is a
 * Gaussian over the candidates' ranks, so neighbours of a good value share its credit. Anything
 * else (strings, booleans, a mix) is categorical: the kernel is the observed candidate alone.
 */
final class Parzen {

    /** The narrowest kernel, in ranks: neighbours always get some credit. */
    private static final double MIN_SIGMA = 0.5;

    private final double[] probabilities;
    private final double[] cumulative;

    private Parzen(double[] weights) {
        double total = Arrays.stream(weights).sum();
        probabilities = Arrays.stream(weights).map(w -> w / total).toArray();
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += probabilities[i];
            cumulative[i] = sum;
        }
    }

    /** The density of {@code values} given the candidate indexes {@code observed}. */
    static Parzen of(List<Value> values, int[] observed, TpeSettings settings) {
        int k = values.size();
        double[] weights = new double[k];
        Arrays.fill(weights, settings.priorWeight() / k);
        int[] ranks = ranks(values);
        if (ranks == null) {
            for (int x : observed) {
                weights[x] += 1;
            }
            return new Parzen(weights);
        }
        double sigma = Math.max(MIN_SIGMA, settings.bandwidth() * (k - 1) * Math.pow(observed.length + 1, -0.2));
        for (int x : observed) {
            double[] kernel = new double[k];
            for (int i = 0; i < k; i++) {
                double distance = (ranks[i] - ranks[x]) / sigma;
                kernel[i] = Math.exp(-0.5 * distance * distance);
            }
            double mass = Arrays.stream(kernel).sum();
            for (int i = 0; i < k; i++) {
                weights[i] += kernel[i] / mass;
            }
        }
        return new Parzen(weights);
    }

    /** Each candidate's rank by numeric value, or {@code null} when not all candidates are numbers. */
    private static int @Nullable [] ranks(List<Value> values) {
        if (!values.stream().allMatch(Value.Num.class::isInstance)) {
            return null;
        }
        Integer[] order = IntStream.range(0, values.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparing(i -> ((Value.Num) values.get(i)).value()));
        int[] ranks = new int[values.size()];
        for (int rank = 0; rank < order.length; rank++) {
            ranks[order[rank]] = rank;
        }
        return ranks;
    }

    double density(int candidate) {
        return probabilities[candidate];
    }

    int sample(SplittableRandom random) {
        double u = random.nextDouble();
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }
}
