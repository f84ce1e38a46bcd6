package dev.setpoint.core.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A template's run time as a line in its work units, fitted to its latest runs:
 * {@code seconds = overhead + rate * work}.
 *
 * <p>The fit is robust, because a run that shared the machine with a build or swapped takes ten times
 * as long and must not move the estimate: the rate is the Theil-Sen slope (the weighted median of the
 * slopes between every two runs of different work), the overhead the weighted median of
 * {@code seconds - rate * work} weighted by {@code 1 / seconds}, which minimises the relative rather
 * than the absolute error, so that small runs are not swamped by the noise of large ones. A median of
 * per-run seconds/work would ignore the fixed overhead (start-up, writing the output), which dominates
 * small runs; least squares would follow the outliers. When the slope is not positive time does not
 * follow the work and the model is a constant; when the overhead comes out negative, a line through
 * zero (the median of seconds/work). Runs weigh {@code 0.5^(age / 25 runs)}, so the model follows
 * the machine as it drifts, and only the latest {@value #WINDOW} count. Runs whose relative residual
 * lies more than 4 spreads (below) from the median are then left out and the line fitted again: the
 * medians resist such runs but are still pulled by a rank or two, which matters for small runs, whose
 * overhead is a large part of their time.
 *
 * <p>Work units carry most of a quality level's effect (more steps, more pixels, a costlier sampler),
 * but not all of it: what a level's sampler or oscillator costs per unit drifts with the JIT's code
 * and the machine. So a prediction at a level is the line times that level's correction: the weighted
 * median of actual / line over the level's runs together with a prior of 1 that weighs as much as
 * {@value #LEVEL_PRIOR_RUNS} recent runs. A median, because a level's few runs may include one that
 * shared the machine with a build; the prior, because two runs must not set a level apart: the
 * correction needs the level's runs to outweigh it. Replayed over the accuracy benchmark's runs, it
 * took the median error after 20 runs from 17% to 2% for audio and from 11% to 8.5% for images.
 *
 * <p>Last, the machine's speed now: the prediction is multiplied by the median of actual / (line x
 * level correction) over the latest {@value #DRIFT_RUNS} runs, with a prior of 1 that weighs as much
 * as one of them. The JIT keeps speeding up short runs for minutes, and a machine slows down as it
 * warms; the line, fitted over up to {@value #WINDOW} runs, lags both. A median of five, because one
 * run that shared the machine must not move it.
 *
 * <p>The confidence range is {@code point * (1 ± z * s * sqrt(1 + 1/n))} with {@code s} the
 * MAD-scaled spread of the relative residuals (1.4826 * median |r - median r|, a standard deviation
 * that outliers do not inflate), {@code z = 1.645} so that about 90% of runs fall inside, and
 * {@code sqrt(1 + 1/n)} for the uncertainty of the fit itself. A few runs cannot measure their
 * spread (three runs on a line have none), so {@code s} is pooled with a prior spread of
 * {@value #PRIOR_SPREAD}, the accuracy target's tolerance, that weighs as much as
 * {@value #PRIOR_SPREAD_RUNS} runs: {@code s² = (k * prior² + n * observed²) / (k + n)}. Without
 * it the first ranges were ±4% wide, and 1 of the first 5 runs fell inside.
 */
final class HistoryModel {

    static final int WINDOW = 100;
    private static final double HALF_LIFE_RUNS = 25;
    private static final double Z90 = 1.645;
    private static final double MAD_TO_SIGMA = 1.4826;
    private static final double MIN_SPREAD = 0.02;
    private static final double LOWEST_FRACTION = 0.1;
    private static final double REJECT_SPREADS = 4;
    private static final double LEVEL_PRIOR_RUNS = 2;
    private static final int DRIFT_RUNS = 5;
    private static final double DRIFT_PRIOR_RUNS = 1;
    private static final double PRIOR_SPREAD = 0.15;
    private static final double PRIOR_SPREAD_RUNS = 5;

    /** A point estimate with its range, and the number of runs behind it. */
    record Prediction(double seconds, double low, double high, int runs) {}

    private final List<RunObservation> runs;
    private final double[] weights;
    private final double overhead;
    private final double rate;
    private final double spread;
    private final double drift;

    private HistoryModel(List<RunObservation> runs) {
        this.runs = runs;
        int n = runs.size();
        weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = Math.pow(0.5, (n - 1 - i) / HALF_LIFE_RUNS);
        }
        double[] x = runs.stream().mapToDouble(RunObservation::workUnits).toArray();
        double[] y = runs.stream().mapToDouble(RunObservation::runSeconds).toArray();
        double[] line = fitLine(x, y, weights);
        double[] residuals = residuals(line, x, y);
        double firstSpread = spread(residuals, weights);
        double center = WeightedMedian.of(residuals, weights);
        int[] inliers = IntStream.range(0, n)
                .filter(i -> Math.abs(residuals[i] - center) <= REJECT_SPREADS * firstSpread)
                .toArray();
        if (inliers.length < n && inliers.length >= HistoryEstimator.MIN_RUNS) {
            line = fitLine(pick(x, inliers), pick(y, inliers), pick(weights, inliers));
        }
        overhead = line[0];
        rate = line[1];
        spread = spread(residuals(line, x, y), weights);
        drift = drift();
    }

    private static double[] residuals(double[] line, double[] x, double[] y) {
        double[] residuals = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            residuals[i] = y[i] / (line[0] + line[1] * x[i]) - 1;
        }
        return residuals;
    }

    private static double[] pick(double[] values, int[] indices) {
        return Arrays.stream(indices).mapToDouble(i -> values[i]).toArray();
    }

    /** The model of a template's runs, oldest first; at least one run. */
    static HistoryModel fit(List<RunObservation> history) {
        return new HistoryModel(List.copyOf(history.subList(Math.max(0, history.size() - WINDOW), history.size())));
    }

    /** The expected run time of {@code work} units at {@code quality}, with its range. */
    Prediction predict(double work, String quality) {
        return around(line(work) * levelCorrection(quality) * drift, spread, runs.size());
    }

    /**
     * The weighted median of actual / (line x level correction) over the latest {@value #DRIFT_RUNS}
     * runs and a prior of 1 that weighs as much as one of them (see the class comment).
     */
    private double drift() {
        int from = Math.max(0, runs.size() - DRIFT_RUNS);
        int latest = runs.size() - from;
        double[] ratios = new double[latest + 1];
        double[] w = new double[latest + 1];
        for (int k = 0; k < latest; k++) {
            RunObservation run = runs.get(from + k);
            ratios[k] = run.runSeconds() / (line(run.workUnits()) * levelCorrection(run.quality()));
            w[k] = 1;
        }
        ratios[latest] = 1;
        w[latest] = DRIFT_PRIOR_RUNS;
        return WeightedMedian.of(ratios, w);
    }

    /** The weighted median of actual / line over the level's runs and the prior (see the class comment). */
    private double levelCorrection(String quality) {
        List<Integer> at = indicesAt(quality);
        double[] ratios = new double[at.size() + 1];
        double[] w = new double[at.size() + 1];
        for (int k = 0; k < at.size(); k++) {
            RunObservation run = runs.get(at.get(k));
            ratios[k] = run.runSeconds() / line(run.workUnits());
            w[k] = weights[at.get(k)];
        }
        ratios[at.size()] = 1;
        w[at.size()] = LEVEL_PRIOR_RUNS;
        return WeightedMedian.of(ratios, w);
    }

    /**
     * The expected run time at {@code quality} when the work is not known: the weighted median of that
     * quality's runs, or {@code null} when it has fewer than {@code minRuns}.
     */
    @Nullable
    Prediction predictLevel(String quality, int minRuns) {
        List<Integer> at = indicesAt(quality);
        if (at.size() < minRuns) {
            return null;
        }
        double[] seconds =
                at.stream().mapToDouble(i -> runs.get(i).runSeconds()).toArray();
        double[] w = at.stream().mapToDouble(i -> weights[i]).toArray();
        double[] relative = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            relative[k] = w[k] / seconds[k];
        }
        double point = WeightedMedian.of(seconds, relative);
        double[] residuals = new double[seconds.length];
        for (int k = 0; k < seconds.length; k++) {
            residuals[k] = seconds[k] / point - 1;
        }
        return around(point, spread(residuals, w), seconds.length);
    }

    private double line(double work) {
        return overhead + rate * work;
    }

    /** {overhead, rate}: Theil-Sen line, else a constant, else a line through zero (see the class comment). */
    private static double[] fitLine(double[] x, double[] y, double[] w) {
        int n = x.length;
        double[] relativeWeights = new double[n];
        double[] perUnit = new double[n];
        for (int i = 0; i < n; i++) {
            relativeWeights[i] = w[i] / y[i];
            perUnit[i] = y[i] / x[i];
        }
        double[] throughZero = {0, WeightedMedian.of(perUnit, w)};
        double slope = slope(x, y, w);
        if (Double.isNaN(slope)) {
            return throughZero;
        }
        if (slope <= 0) {
            return new double[] {WeightedMedian.of(y, relativeWeights), 0};
        }
        double[] intercepts = new double[n];
        for (int i = 0; i < n; i++) {
            intercepts[i] = y[i] - slope * x[i];
        }
        double intercept = WeightedMedian.of(intercepts, relativeWeights);
        return intercept >= 0 ? new double[] {intercept, slope} : throughZero;
    }

    /** The weighted Theil-Sen slope; NaN when every run did the same work. */
    private static double slope(double[] x, double[] y, double[] w) {
        double tolerance = 1e-9 * Arrays.stream(x).max().orElse(0);
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                if (Math.abs(x[j] - x[i]) > tolerance) {
                    pairs.add(new double[] {(y[j] - y[i]) / (x[j] - x[i]), w[i] * w[j]});
                }
            }
        }
        if (pairs.isEmpty()) {
            return Double.NaN;
        }
        return WeightedMedian.of(
                pairs.stream().mapToDouble(p -> p[0]).toArray(),
                pairs.stream().mapToDouble(p -> p[1]).toArray());
    }

    private List<Integer> indicesAt(String quality) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).quality().equals(quality)) {
                at.add(i);
            }
        }
        return at;
    }

    /** MAD-scaled standard deviation of relative residuals, at least {@value #MIN_SPREAD}. */
    private static double spread(double[] residuals, double[] w) {
        double center = WeightedMedian.of(residuals, w);
        double[] deviations = new double[residuals.length];
        for (int i = 0; i < residuals.length; i++) {
            deviations[i] = Math.abs(residuals[i] - center);
        }
        return Math.max(MIN_SPREAD, MAD_TO_SIGMA * WeightedMedian.of(deviations, w));
    }

    private static Prediction around(double point, double observedSpread, int n) {
        double spread =
                Math.sqrt((PRIOR_SPREAD_RUNS * PRIOR_SPREAD * PRIOR_SPREAD + n * observedSpread * observedSpread)
                        / (PRIOR_SPREAD_RUNS + n));
        double half = Z90 * spread * Math.sqrt(1 + 1.0 / n);
        return new Prediction(point, point * Math.max(LOWEST_FRACTION, 1 - half), point * (1 + half), n);
    }
}
