package dev.setpoint.core.study;

import dev.setpoint.core.value.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One trial of a study as it stands: its point and, once its job ended, what the job measured.
 *
 * @param index the trial's place in the study, from 0, in the order the strategy proposed it
 * @param point one value per parameter of the space
 * @param reason why it failed or was cancelled; {@code null} otherwise
 * @param runSeconds the job's measured run time; {@code null} until it ends, or when it failed early
 * @param cost the job's cost; {@code null} when it has no run time
 * @param metrics what the job measured, name to finite value
 */
public record TrialRecord(
        int index,
        Map<String, Value> point,
        TrialStatus status,
        @Nullable String reason,
        @Nullable Double runSeconds,
        @Nullable Double cost,
        Map<String, Double> metrics) {

    /** The measured run time, as objectives and constraints name it. */
    public static final String RUN_SECONDS = "run_seconds";

    /** The job's cost, as objectives and constraints name it. */
    public static final String COST = "cost";

    public TrialRecord {
        if (index < 0) {
            throw new IllegalArgumentException("a trial's index is 0 or more, not " + index);
        }
        Objects.requireNonNull(status, "status");
        point = Collections.unmodifiableMap(new LinkedHashMap<>(point));
        requireFinite(RUN_SECONDS, runSeconds);
        requireFinite(COST, cost);
        metrics.forEach(TrialRecord::requireFinite);
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** A trial proposed and not yet run. */
    public static TrialRecord queued(int index, Map<String, Value> point) {
        return new TrialRecord(index, point, TrialStatus.QUEUED, null, null, null, Map.of());
    }

    /** What the trial measured for {@code metric}: {@code run_seconds}, {@code cost} or a template metric. */
    public @Nullable Double measurement(String metric) {
        return switch (metric) {
            case RUN_SECONDS -> runSeconds;
            case COST -> cost;
            default -> metrics.get(metric);
        };
    }

    private static void requireFinite(String name, @Nullable Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " is not a finite number: " + value);
        }
    }
}
