package dev.setpoint.store;

import java.time.Instant;
import java.util.UUID;

/**
 * One succeeded run of a template, as the estimator learns from it (it reads each as core's
 * {@code RunObservation}).
 *
 * @param level the built-in level (1-4) the job's quality preset stands on
 * @param workUnits the size of the work in the executor's unit
 * @param runSeconds what the run took
 * @param estimate what the job was promised
 */
public record SucceededRun(
        UUID jobId,
        String templateRef,
        String quality,
        int level,
        double workUnits,
        double runSeconds,
        JobEstimate estimate,
        Instant finishedAt) {}
