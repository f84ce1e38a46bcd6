/**
 * Benchmarks and measurements, run by hand (the test suite never runs them): JMH benchmarks of the
 * engine, the retained-heap measurement, and the options shared by the harnesses. Figures and the
 * commands that reproduce them: docs/PERFORMANCE.md.
 */
@NullMarked
package dev.setpoint.bench;

import org.jspecify.annotations.NullMarked;
