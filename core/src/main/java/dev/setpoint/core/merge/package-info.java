/**
 * Merging parameter presets: {@code Merger} with {@code MergeStrategy} union, intersection and
 * last_wins, {@code Conflict} (one shape for every strategy) and {@code MergeResult} with the size of
 * the grid the merged search space spans. Values compare as JSON values; results keep the order of
 * first appearance, so the same input gives the same output.
 *
 * <p>Merges are fast because presets are parsed once and merged many times: a preset's parameters
 * are a {@code CandidateMap} (interned names, candidate lists and their set hashes in arrays), each
 * list a {@code Candidates} that keeps its set and, when all are integers, its values as longs.
 * {@code LastWins} compares set hashes by index and notes its conflicts as ints ({@code Overrides}),
 * making a {@code Conflict} only when one is read; {@code CommonValues} intersects longs;
 * {@code SeenIntegers} and {@code SeenInRange} are the union's sets of longs. Figures:
 * docs/PERFORMANCE.md.
 */
@NullMarked
package dev.setpoint.core.merge;

import org.jspecify.annotations.NullMarked;
