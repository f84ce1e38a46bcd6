package dev.setpoint.core.estimate;

import dev.setpoint.core.SetpointException;
import java.util.Objects;

/**
 * One finished (succeeded) run of a template on this machine: what it was asked to do, how long it
 * took, and what it had been estimated to take when it was submitted.
 *
 * @param template the template's ref, {@code id@version}
 * @param quality the id of the quality preset it ran at (a level such as {@code high}, or a custom preset's id)
 * @param workUnits the executor's measure of the work (see {@link Work})
 * @param runSeconds the measured run time, above 0
 * @param estimatedSeconds the estimate the run was given before it started
 */
public record RunObservation(
        String template, String quality, double workUnits, double runSeconds, double estimatedSeconds) {

    public RunObservation {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(quality, "quality");
        if (!positive(workUnits) || !positive(runSeconds) || !positive(estimatedSeconds)) {
            throw SetpointException.invalid(
                    "",
                    "a run of " + template + " needs positive, finite work units, " + "run time and estimate, not "
                            + workUnits + ", " + runSeconds + " s, " + estimatedSeconds + " s");
        }
    }

    private static boolean positive(double n) {
        return n > 0 && !Double.isInfinite(n);
    }

    /** Signed relative error of the estimate: +0.1 when it was 10% too long. */
    double relativeError() {
        return (estimatedSeconds - runSeconds) / runSeconds;
    }
}
