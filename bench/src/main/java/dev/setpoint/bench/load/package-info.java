/**
 * The HTTP load generator: mixed workloads against a running server, with latency percentiles. See
 * docs/PERFORMANCE.md.
 */
@NullMarked
package dev.setpoint.bench.load;

import org.jspecify.annotations.NullMarked;
