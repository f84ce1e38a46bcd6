package dev.setpoint.core.estimate;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.Resources;
import dev.setpoint.core.value.Figures;
import java.util.Locale;
import java.util.Objects;

/**
 * What a run is expected to take and cost.
 *
 * @param expectedSeconds the point estimate
 * @param minSeconds lower end of the range: 0.8x for {@link Basis#MULTIPLIERS}, the low end of the
 *     confidence range for {@link Basis#HISTORY}
 * @param maxSeconds upper end of the range (1.5x, or the high end of the confidence range)
 * @param cost expected cost in cost units: the unit of the template's {@code cost_per_second}, a relative
 *     figure unless a deployment prices its templates in a currency
 * @param resources the template's requirements scaled by the preset
 * @param basis what the estimate stands on
 * @param runsUsed how many finished runs of the template the estimate was fitted to; for multipliers,
 *     how many it has so far (fewer than {@link HistoryEstimator#MIN_RUNS}: too few to learn from)
 */
public record Estimate(
        double expectedSeconds,
        double minSeconds,
        double maxSeconds,
        double cost,
        Resources resources,
        Basis basis,
        int runsUsed) {

    /** What an estimate stands on. */
    public enum Basis {
        /** The template's base time and the preset's multipliers (STORY-050), before there is history. */
        MULTIPLIERS,
        /** A model fitted to this template's finished runs on this machine. */
        HISTORY;

        /** The wire name: {@code multipliers} or {@code history}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Times and cost are rounded to {@link Figures}' precision here, where every estimate is made. */
    public Estimate {
        expectedSeconds = Figures.figure(expectedSeconds);
        minSeconds = Figures.figure(minSeconds);
        maxSeconds = Figures.figure(maxSeconds);
        cost = Figures.figure(cost);
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(basis, "basis");
        if (!(minSeconds <= expectedSeconds && expectedSeconds <= maxSeconds) || runsUsed < 0) {
            throw SetpointException.invalid(
                    "",
                    "an estimate needs min <= expected <= max and runs >= 0, not " + minSeconds + " <= "
                            + expectedSeconds + " <= " + maxSeconds + ", runs " + runsUsed);
        }
    }

    /** A multiplier-basis estimate, as before there was history. */
    public Estimate(double expectedSeconds, double minSeconds, double maxSeconds, double cost, Resources resources) {
        this(expectedSeconds, minSeconds, maxSeconds, cost, resources, Basis.MULTIPLIERS, 0);
    }
}
