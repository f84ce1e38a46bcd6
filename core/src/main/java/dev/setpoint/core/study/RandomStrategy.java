package dev.setpoint.core.study;

import dev.setpoint.core.value.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Points drawn at random without replacement: a seeded shuffle of the grid, of which it proposes the
 * first point not in the history. The shuffle is the same for the same seed, so a resumed study
 * goes on where it stopped, and only the prefix it walks is ever made (a Fisher-Yates shuffle whose
 * swaps are kept in a map), so a large grid costs no more than a small one.
 */
final class RandomStrategy implements Strategy {

    private final SpaceIndex space;
    private final long seed;

    RandomStrategy(SearchSpace space, long seed) {
        this.space = new SpaceIndex(space);
        this.seed = seed;
    }

    @Override
    public Optional<Map<String, Value>> next(List<ScoredTrial> history) {
        Set<Map<String, Value>> seen = new HashSet<>();
        history.forEach(trial -> seen.add(trial.trial().point()));
        return space.size() < 0 ? drawn(seen) : shuffled(seen);
    }

    private Optional<Map<String, Value>> shuffled(Set<Map<String, Value>> seen) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Long, Long> swapped = new HashMap<>();
        long size = space.size();
        for (long i = 0; i < size; i++) {
            long j = i + random.nextLong(size - i);
            long atJ = swapped.getOrDefault(j, j);
            swapped.put(j, swapped.getOrDefault(i, i));
            Map<String, Value> point = space.point(space.coordinates(atJ));
            if (!seen.contains(point)) {
                return Optional.of(point);
            }
        }
        return Optional.empty();
    }

    /**
     * For a grid beyond a long: each parameter's candidate drawn on its own. Such a grid is far larger
     * than any budget, so a repeat is too rare to slow the draws, and it is skipped like any other.
     */
    private Optional<Map<String, Value>> drawn(Set<Map<String, Value>> seen) {
        SplittableRandom random = new SplittableRandom(seed);
        while (true) {
            int[] coordinates = new int[space.dimensions()];
            for (int d = 0; d < coordinates.length; d++) {
                coordinates[d] = random.nextInt(space.candidates(d));
            }
            Map<String, Value> point = space.point(coordinates);
            if (!seen.contains(point)) {
                return Optional.of(point);
            }
        }
    }
}
