package dev.setpoint.core.study;

import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses a study's next point. A strategy keeps no state of its own: it reads the whole history
 * (every trial so far in index order, pending ones included) and is deterministic for a given seed
 * and history, so a study that resumes after a restart makes the same choices. It never proposes a
 * point already in the history.
 */
public sealed interface Strategy permits GridStrategy, RandomStrategy, TpeStrategy {

    /** The next point to run, or empty when the strategy has none left. */
    Optional<Map<String, Value>> next(List<ScoredTrial> history);

    /** The study's strategy over {@code space}, seeded with the study's seed. */
    static Strategy of(StudySpec spec, SearchSpace space) {
        return switch (spec.strategy()) {
            case GRID -> new GridStrategy(space);
            case RANDOM -> new RandomStrategy(space, spec.seed());
            case BAYES -> new TpeStrategy(space, spec.objectives(), spec.seed(), TpeSettings.DEFAULTS);
        };
    }
}
