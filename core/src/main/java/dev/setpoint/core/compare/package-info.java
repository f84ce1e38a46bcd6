/**
 * Quality comparisons: the same inputs run at several quality levels (or custom quality presets), and
 * what the runs say side by side. {@code ComparisonAnalysis} turns each level's measured run time,
 * cost and metrics into the time ratios against {@code standard} and, per metric, the quality gained
 * per extra second against the level below; {@code Comparison} is everything a comparison document
 * shows, which {@code core.format.ComparisonJson} writes for the server and the CLI alike. It knows
 * nothing of jobs or storage: the callers hand it plain figures.
 */
@NullMarked
package dev.setpoint.core.compare;

import org.jspecify.annotations.NullMarked;
