package dev.setpoint.store;

import java.util.Objects;

/**
 * The run time a job was promised when it was submitted, kept so that predictions can be checked
 * against what the run measured.
 *
 * @param seconds the expected run time
 * @param low the low end of its range
 * @param high the high end of its range
 * @param source which model gave it, such as {@code multipliers} or {@code history}
 */
public record JobEstimate(double seconds, double low, double high, String source) {

    public JobEstimate {
        Objects.requireNonNull(source, "source");
        if (!(seconds >= 0 && low >= 0 && high >= low)) {
            throw new IllegalArgumentException("an estimate needs 0 <= low <= high and seconds >= 0");
        }
    }
}
