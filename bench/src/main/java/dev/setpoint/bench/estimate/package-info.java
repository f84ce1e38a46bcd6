/**
 * Estimate accuracy: runs a mixed workload of templates and levels and compares the estimates with
 * what the runs measured. See docs/PERFORMANCE.md.
 */
@NullMarked
package dev.setpoint.bench.estimate;

import org.jspecify.annotations.NullMarked;
