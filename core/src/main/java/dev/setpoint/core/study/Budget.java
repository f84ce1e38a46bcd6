package dev.setpoint.core.study;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How much a study may run. Parallelism defaults to 1 because trials that run side by side share
 * the machine and disturb each other's timings: only raise it when the objectives are not timings,
 * or the trials run elsewhere.
 *
 * @param maxTrials how many trials at most, 1 to {@link #MAX_TRIALS}
 * @param maxTime how long the study may run, or {@code null} for no limit
 * @param parallelism how many trials run at once, 1 to {@link #MAX_PARALLELISM}
 */
public record Budget(int maxTrials, @Nullable Duration maxTime, int parallelism) {

    public static final int MAX_TRIALS = 10_000;
    public static final int MAX_PARALLELISM = 16;
    public static final int DEFAULT_PARALLELISM = 1;

    public Budget {
        if (maxTrials < 1 || maxTrials > MAX_TRIALS) {
            throw SetpointException.invalid(
                    Pointer.of("budget", "max_trials"), "max_trials must be 1 to " + MAX_TRIALS + ", not " + maxTrials);
        }
        if (maxTime != null && (maxTime.isNegative() || maxTime.isZero())) {
            throw SetpointException.invalid(
                    Pointer.of("budget", "max_seconds"), "max_seconds must be above 0, not " + maxTime.toSeconds());
        }
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw SetpointException.invalid(
                    Pointer.of("budget", "parallelism"),
                    "parallelism must be 1 to " + MAX_PARALLELISM + ", not " + parallelism);
        }
    }

    /** {@code maxTrials} trials one at a time, with no time limit. */
    public static Budget trials(int maxTrials) {
        return new Budget(maxTrials, null, DEFAULT_PARALLELISM);
    }
}
