/**
 * Tuning studies measured and replayed: {@code GridRecorder} runs every point of a shipped tuning
 * preset as a job and writes its trial table (the tables in {@code resources/studies}), and {@code
 * StrategyBenchmark} replays those tables with each strategy. See docs/TUNING.md and docs/PERFORMANCE.md.
 */
@NullMarked
package dev.setpoint.bench.study;

import org.jspecify.annotations.NullMarked;
