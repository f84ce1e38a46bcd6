/**
 * {@code setpoint batch} and {@code setpoint compare}: many jobs at once from a file, and one
 * template's inputs compared across quality levels. Against a server they call {@code /api/batches}
 * and {@code /api/comparisons}; without one they run on the data directory's embedded database
 * through the jobs module's batch service. Both print from the same documents the server answers
 * ({@code BatchJson}, {@code ComparisonJson}), so a table looks the same either way.
 */
@NullMarked
package dev.setpoint.cli.batches;

import org.jspecify.annotations.NullMarked;
