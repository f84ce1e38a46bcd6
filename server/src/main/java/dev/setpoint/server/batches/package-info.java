/**
 * Batches and comparisons over HTTP. A batch is many jobs submitted at once, each item with its own
 * template and quality, all validated before any is queued ({@code BatchRequests} reads the items
 * and points every problem at {@code /items/N/...}); a comparison is a batch of one template's inputs
 * at several levels with one seed ({@code ComparisonRequests}), read back as the comparison
 * document with core's analysis; a template's sample comparison is the shared, owner-less one its
 * Quality page previews. The jobs module's {@code BatchService} stores and runs them.
 */
@NullMarked
package dev.setpoint.server.batches;

import org.jspecify.annotations.NullMarked;
