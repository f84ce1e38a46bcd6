package dev.setpoint.store;

/**
 * What a run cost, measured by the worker.
 *
 * @param runSeconds wall-clock time from start to end of the executor
 * @param cpuSeconds CPU time of the run's thread (child processes are not counted)
 * @param peakMemoryBytes the peak growth of the JVM heap above its level when the run started
 */
public record RunMeasurements(double runSeconds, double cpuSeconds, long peakMemoryBytes) {}
