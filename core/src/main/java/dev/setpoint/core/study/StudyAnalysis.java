package dev.setpoint.core.study;

import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a study's trials say: the best trial (one objective) or the Pareto front (two), the best
 * score so far after each trial, and how much the first objective varied with each parameter. Only
 * succeeded trials count; a failed one never wins.
 */
public final class StudyAnalysis {

    private StudyAnalysis() {}

    public static StudyResult analyse(StudySpec spec, SearchSpace space, List<TrialRecord> trials) {
        List<ScoredTrial> scored = Scoring.scoreAll(spec, trials);
        List<ScoredTrial> succeeded =
                scored.stream().filter(t -> t.scores() != null).toList();
        Direction first = spec.objectives().get(0).direction();
        boolean single = spec.objectives().size() == 1;
        return new StudyResult(
                scored,
                single ? best(first, succeeded) : null,
                single ? List.of() : paretoFront(spec, succeeded),
                effects(space, succeeded),
                bestSoFar(first, scored));
    }

    /** The succeeded trial with the best score; the earliest of equals. */
    static @Nullable ScoredTrial best(Direction direction, List<ScoredTrial> succeeded) {
        return succeeded.stream()
                .min(Comparator.comparingDouble(
                                (ScoredTrial t) -> direction.loss(t.scores().get(0)))
                        .thenComparingInt(ScoredTrial::index))
                .orElse(null);
    }

    private static List<Integer> paretoFront(StudySpec spec, List<ScoredTrial> succeeded) {
        List<double[]> losses = succeeded.stream().map(t -> losses(spec, t)).toList();
        int[] rank = Pareto.ranks(losses);
        List<Integer> front = new ArrayList<>();
        for (int i = 0; i < succeeded.size(); i++) {
            if (rank[i] == 0) {
                front.add(succeeded.get(i).index());
            }
        }
        front.sort(Comparator.naturalOrder());
        return front;
    }

    static double[] losses(StudySpec spec, ScoredTrial trial) {
        double[] losses = new double[spec.objectives().size()];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = spec.objectives().get(i).direction().loss(trial.scores().get(i));
        }
        return losses;
    }

    private static Map<Integer, Double> bestSoFar(Direction direction, List<ScoredTrial> scored) {
        Map<Integer, Double> best = new LinkedHashMap<>();
        Double soFar = null;
        for (ScoredTrial trial : scored) {
            if (trial.scores() != null) {
                double score = trial.scores().get(0);
                if (soFar == null || direction.loss(score) < direction.loss(soFar)) {
                    soFar = score;
                }
            }
            if (soFar != null) {
                best.put(trial.index(), soFar);
            }
        }
        return best;
    }

    private static List<ParameterEffect> effects(SearchSpace space, List<ScoredTrial> succeeded) {
        List<ParameterEffect> effects = new ArrayList<>();
        space.parameters().forEach((parameter, candidates) -> {
            List<ValueEffect> values = new ArrayList<>();
            for (Value candidate : candidates) {
                DoubleSummaryStatistics stats = succeeded.stream()
                        .filter(t -> candidate.equals(t.trial().point().get(parameter)))
                        .mapToDouble(t -> t.objectives().get(0))
                        .summaryStatistics();
                values.add(new ValueEffect(
                        candidate, stats.getCount() == 0 ? null : stats.getAverage(), (int) stats.getCount()));
            }
            effects.add(new ParameterEffect(parameter, range(values), values));
        });
        return effects;
    }

    private static double range(List<ValueEffect> values) {
        DoubleSummaryStatistics means = values.stream()
                .filter(v -> v.mean() != null)
                .mapToDouble(ValueEffect::mean)
                .summaryStatistics();
        double range = means.getCount() < 2 ? 0 : means.getMax() - means.getMin();
        return Double.isFinite(range) ? range : Double.MAX_VALUE;
    }
}
