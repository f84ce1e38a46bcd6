/**
 * The runner benchmark: job throughput and latency of the jobs engine. See docs/PERFORMANCE.md.
 */
@NullMarked
package dev.setpoint.bench.runner;

import org.jspecify.annotations.NullMarked;
