/**
 * Merging parameter presets: {@code Merger} with {@code MergeStrategy} union, intersection and
 * last_wins, {@code Conflict} (one shape for every strategy) and {@code MergeResult} with the size of
 * the grid the merged search space spans. Values compare as JSON values; results keep the order of
 * first appearance, so the same input gives the same output.
 */
@NullMarked
package dev.setpoint.core.merge;

import org.jspecify.annotations.NullMarked;
