package dev.setpoint.store;

/**
 * What a run cost, measured by the worker.
 *
 * @param runSeconds wall-clock time from start to end of the executor
 * @param cpuSeconds CPU time of the run's thread, plus that of the processes it started
 * @param peakMemoryBytes the peak growth of the JVM heap above its level when the run started, plus
 *     the peak resident memory of the processes it started
 */
public record RunMeasurements(double runSeconds, double cpuSeconds, long peakMemoryBytes) {}
