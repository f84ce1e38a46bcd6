/**
 * The HTTP fuzz harness ({@code bench/fuzz.sh}): mutated requests against a running server, failing on
 * any 5xx. What it found: docs/RELIABILITY.md.
 */
@NullMarked
package dev.setpoint.bench.fuzz;

import org.jspecify.annotations.NullMarked;
