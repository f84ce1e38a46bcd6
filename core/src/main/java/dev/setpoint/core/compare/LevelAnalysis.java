package dev.setpoint.core.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One level of a comparison's analysis.
 *
 * @param run what the level measured
 * @param gainPerSecond per judged metric, in the goals' order: the metric gained per extra second
 *     against the level below, positive when better; {@code null} where it is undefined
 */
public record LevelAnalysis(LevelRun run, Map<String, @Nullable Double> gainPerSecond) {

    public LevelAnalysis {
        Objects.requireNonNull(run, "run");
        gainPerSecond = Collections.unmodifiableMap(new LinkedHashMap<>(gainPerSecond));
    }
}
