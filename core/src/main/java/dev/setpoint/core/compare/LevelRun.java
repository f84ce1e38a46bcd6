package dev.setpoint.core.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one level of a comparison measured.
 *
 * @param level the level's name ({@code draft}) or the custom quality preset's slug
 * @param runSeconds the measured run time; {@code null} while it runs, or when it failed
 * @param cost what the run cost in cost units; {@code null} when it has no run time
 * @param metrics the measured metrics, name to value, in the order measured
 */
public record LevelRun(
        String level, @Nullable Double runSeconds, @Nullable Double cost, Map<String, Double> metrics) {

    public LevelRun {
        Objects.requireNonNull(level, "level");
        if (level.isBlank()) {
            throw new IllegalArgumentException("a level needs a name");
        }
        requireFigure("runSeconds", runSeconds);
        requireFigure("cost", cost);
        metrics.forEach((name, value) -> {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("metric " + name + " is not a finite number: " + value);
            }
        });
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** A level with nothing measured: one that failed, or has not finished. */
    public static LevelRun unmeasured(String level) {
        return new LevelRun(level, null, null, Map.of());
    }

    private static void requireFigure(String name, @Nullable Double value) {
        if (value != null && !(Double.isFinite(value) && value >= 0)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0: " + value);
        }
    }
}
