package dev.setpoint.runner.builtin;

/**
 * A measured quality of one run's output, computed after the run (it may cost as much as the run).
 *
 * @param metric what was measured, e.g. {@code psnr}
 * @param unit e.g. {@code dB}
 * @param higherIsBetter whether a larger value means a better output
 */
public record QualityScore(String metric, String unit, double value, boolean higherIsBetter) {}
