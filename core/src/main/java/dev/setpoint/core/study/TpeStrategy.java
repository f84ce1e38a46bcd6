package dev.setpoint.core.study;

import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The tree-structured Parzen estimator (Bergstra, Bardenet, Bengio and Kégl, "Algorithms for
 * Hyper-Parameter Optimization", NIPS 2011) over a discrete space. After {@link
 * TpeSettings#startup} random trials it splits the finished trials into the good ones (the best
 * {@code gamma} of them; with two objectives, by Pareto rank) and the bad ones (the rest, and every
 * failed trial), models each parameter's candidates under both as {@link Parzen} densities {@code l}
 * and {@code g}, draws {@link TpeSettings#candidates} unseen points from {@code l} and proposes the
 * one with the highest {@code l(x) / g(x)}, which maximises expected improvement.
 *
 * <p>It keeps no state: its random draws come from the seed and the history's length, so the same
 * seed and history give the same point, and a study resumed after a restart goes on as it would have.
 */
final class TpeStrategy implements Strategy {

    private final SpaceIndex space;
    private final List<Direction> directions;
    private final long seed;
    private final TpeSettings settings;
    private final RandomStrategy startup;

    TpeStrategy(SearchSpace space, List<Objective> objectives, long seed, TpeSettings settings) {
        this.space = new SpaceIndex(space);
        this.directions = objectives.stream().map(Objective::direction).toList();
        this.seed = seed;
        this.settings = settings;
        this.startup = new RandomStrategy(space, seed);
    }

    @Override
    public Optional<Map<String, Value>> next(List<ScoredTrial> history) {
        List<Observation> succeeded = new ArrayList<>();
        List<int[]> failed = new ArrayList<>();
        for (ScoredTrial trial : history) {
            int[] coordinates = space.coordinates(trial.trial().point());
            if (coordinates == null) {
                continue;
            }
            if (trial.scores() != null) {
                succeeded.add(new Observation(coordinates, losses(trial.scores())));
            } else if (trial.status() == TrialStatus.FAILED) {
                failed.add(coordinates);
            }
        }
        if (succeeded.size() + failed.size() < settings.startup() || succeeded.size() < 2) {
            return startup.next(history);
        }
        Set<Map<String, Value>> seen = new HashSet<>();
        history.forEach(trial -> seen.add(trial.trial().point()));
        Split.Groups split = Split.goodAndBad(succeeded, settings.good(succeeded.size()));
        List<int[]> bad = new ArrayList<>(split.bad());
        bad.addAll(failed);
        Optional<Map<String, Value>> best =
                bestCandidate(densities(split.good()), densities(bad), seen, history.size());
        return best.isPresent() ? best : startup.next(history);
    }

    private double[] losses(List<Double> scores) {
        double[] losses = new double[scores.size()];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = directions.get(i).loss(scores.get(i));
        }
        return losses;
    }

    private List<Parzen> densities(List<int[]> observations) {
        List<Parzen> densities = new ArrayList<>();
        for (int d = 0; d < space.dimensions(); d++) {
            int dimension = d;
            int[] observed = observations.stream().mapToInt(c -> c[dimension]).toArray();
            densities.add(Parzen.of(space.values(d), observed, settings));
        }
        return densities;
    }

    /**
     * Of up to {@code settings.candidates()} unseen points drawn from {@code good}, the one with the
     * highest log-ratio; empty when the draws found no unseen point (the good density sits on seen
     * points), and the caller falls back to a random one.
     */
    private Optional<Map<String, Value>> bestCandidate(
            List<Parzen> good, List<Parzen> bad, Set<Map<String, Value>> seen, int historySize) {
        SplittableRandom random = new SplittableRandom(seed ^ (historySize * 0x9E3779B97F4A7C15L));
        @Nullable Map<String, Value> best = null;
        double bestRatio = Double.NEGATIVE_INFINITY;
        int found = 0;
        for (int draw = 0; draw < settings.maxDraws() && found < settings.candidates(); draw++) {
            int[] coordinates = new int[space.dimensions()];
            double ratio = 0;
            for (int d = 0; d < coordinates.length; d++) {
                coordinates[d] = good.get(d).sample(random);
                ratio += Math.log(good.get(d).density(coordinates[d]))
                        - Math.log(bad.get(d).density(coordinates[d]));
            }
            Map<String, Value> point = space.point(coordinates);
            if (seen.add(point)) {
                found++;
                if (ratio > bestRatio) {
                    bestRatio = ratio;
                    best = point;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A finished trial's coordinates and losses (lower is better), one per objective. */
    record Observation(int[] coordinates, double[] losses) {}
}
