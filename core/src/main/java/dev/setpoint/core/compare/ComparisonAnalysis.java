package dev.setpoint.core.compare;

import dev.setpoint.core.template.Better;
import dev.setpoint.core.template.MetricSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a comparison's runs say side by side: each level's time as a ratio of {@code standard}'s, and
 * per metric the quality gained per extra second against the level below.
 *
 * <p>"The level below" is the nearest earlier level in the comparison's order that has a run time, so
 * a level that failed drops out and the levels around it still compare with each other.
 *
 * @param timeRatios level to its run time divided by {@code standard}'s, for the levels with a run
 *     time; empty when {@code standard} has none (or took no time at all)
 * @param levels every level, in the comparison's order
 */
public record ComparisonAnalysis(Map<String, Double> timeRatios, List<LevelAnalysis> levels) {

    /** The level the time ratios are against. */
    public static final String REFERENCE = "standard";

    public ComparisonAnalysis {
        timeRatios = Collections.unmodifiableMap(new LinkedHashMap<>(timeRatios));
        levels = List.copyOf(levels);
    }

    /** Analyses the runs, given in the comparison's order, judging the metrics of {@code goals}. */
    public static ComparisonAnalysis of(List<MetricSpec> goals, List<LevelRun> runs) {
        List<LevelAnalysis> levels = new ArrayList<>();
        LevelRun below = null;
        for (LevelRun run : runs) {
            levels.add(new LevelAnalysis(run, gains(goals, below, run)));
            if (run.runSeconds() != null) {
                below = run;
            }
        }
        return new ComparisonAnalysis(timeRatios(runs), levels);
    }

    private static Map<String, Double> timeRatios(List<LevelRun> runs) {
        Double reference = null;
        for (LevelRun run : runs) {
            if (run.level().equals(REFERENCE)) {
                reference = run.runSeconds();
            }
        }
        Map<String, Double> ratios = new LinkedHashMap<>();
        if (reference == null || reference == 0) {
            return ratios;
        }
        for (LevelRun run : runs) {
            if (run.runSeconds() != null) {
                ratios.put(run.level(), run.runSeconds() / reference);
            }
        }
        return ratios;
    }

    private static Map<String, @Nullable Double> gains(List<MetricSpec> goals, @Nullable LevelRun below, LevelRun run) {
        Map<String, @Nullable Double> gains = new LinkedHashMap<>();
        for (MetricSpec goal : goals) {
            gains.put(goal.name(), below == null ? null : gain(goal, below, run));
        }
        return gains;
    }

    /**
     * Null when either level lacks the metric or a run time, or the level took no longer than the one
     * below: there is no extra second to share the change out over, and dividing by a negative one
     * would call a level that is worse and faster a gain.
     */
    private static @Nullable Double gain(MetricSpec goal, LevelRun below, LevelRun run) {
        Double from = below.metrics().get(goal.name());
        Double to = run.metrics().get(goal.name());
        Double fromSeconds = below.runSeconds();
        Double toSeconds = run.runSeconds();
        if (from == null || to == null || fromSeconds == null || toSeconds == null || toSeconds <= fromSeconds) {
            return null;
        }
        // Positive means better; a metric that is neither better high nor low keeps its raw sign.
        int sign = goal.better() == Better.LOWER ? -1 : 1;
        double gain = sign * (to - from) / (toSeconds - fromSeconds);
        return Double.isFinite(gain) ? gain : null;
    }
}
