/**
 * Estimates of time and cost: {@code Estimator} is the seed's multiplier model; {@code
 * HistoryEstimator} fits a robust work-unit model ({@code HistoryModel}, weighted medians) to the
 * latest runs a {@code RunHistory} gives ({@code RUNS_READ}, so an estimate costs the same after a
 * million runs as after a hundred); {@code AccuracyReport} compares estimates with what runs measured.
 */
@NullMarked
package dev.setpoint.core.estimate;

import org.jspecify.annotations.NullMarked;
