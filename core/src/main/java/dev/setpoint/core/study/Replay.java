package dev.setpoint.core.study;

import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs a strategy against a finished study's trial table instead of running jobs: each point the
 * strategy asks for is looked up in the table. It is how strategies are compared cheaply, by the
 * benchmark and the tests.
 */
public final class Replay {

    private Replay() {}

    /**
     * The trials in the order {@code spec}'s strategy asked for them, scored with {@code spec} and
     * numbered from 0, up to the budget's trials or until the strategy has nothing left. A point the
     * table lacks (it ran only part of its grid) is a failed trial saying so.
     */
    public static List<ScoredTrial> replay(TrialTable table, StudySpec spec) {
        return replay(table, spec, Strategy.of(spec, table.space()));
    }

    /** As {@link #replay(TrialTable, StudySpec)}, with another strategy: TPE's settings, when tuning them. */
    static List<ScoredTrial> replay(TrialTable table, StudySpec spec, Strategy strategy) {
        Map<Map<String, Value>, TrialRecord> measured = new HashMap<>();
        table.trials().forEach(trial -> measured.putIfAbsent(trial.point(), trial));
        List<ScoredTrial> history = new ArrayList<>();
        while (history.size() < spec.budget().maxTrials()) {
            Optional<Map<String, Value>> point = strategy.next(history);
            if (point.isEmpty()) {
                break;
            }
            history.add(Scoring.score(spec, replayed(history.size(), point.get(), measured.get(point.get()))));
        }
        return history;
    }

    private static TrialRecord replayed(int index, Map<String, Value> point, @Nullable TrialRecord measured) {
        if (measured == null) {
            return new TrialRecord(
                    index,
                    point,
                    TrialStatus.FAILED,
                    "the trial table has no trial at this point",
                    null,
                    null,
                    Map.of());
        }
        return new TrialRecord(
                index,
                point,
                measured.status(),
                measured.reason(),
                measured.runSeconds(),
                measured.cost(),
                measured.metrics());
    }
}
