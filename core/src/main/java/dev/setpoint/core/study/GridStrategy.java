package dev.setpoint.core.study;

import dev.setpoint.core.value.Value;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every point of the space once, in grid order: the first grid point not in the history. */
final class GridStrategy implements Strategy {

    private final SpaceIndex space;

    GridStrategy(SearchSpace space) {
        this.space = new SpaceIndex(space);
    }

    @Override
    public Optional<Map<String, Value>> next(List<ScoredTrial> history) {
        Set<Long> seen = new HashSet<>();
        for (ScoredTrial trial : history) {
            int[] coordinates = space.coordinates(trial.trial().point());
            if (coordinates != null) {
                seen.add(space.index(coordinates));
            }
        }
        long end = space.size() < 0 ? Long.MAX_VALUE : space.size();
        for (long index = 0; index < end; index++) {
            if (!seen.contains(index)) {
                return Optional.of(space.point(space.coordinates(index)));
            }
        }
        return Optional.empty();
    }
}
