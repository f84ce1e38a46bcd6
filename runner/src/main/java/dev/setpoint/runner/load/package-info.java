/**
 * A fixed OpenAI-compatible streaming load and what it measures: {@code StreamingLoad} sends {@code
 * requests} completions ({@code POST /v1/completions}, {@code stream: true}, {@code ignore_eos}) with
 * {@code concurrency} of them in flight, over {@code java.net.http}, and times each one from the
 * stream's chunks: time to first token, time per output token after it, end-to-end latency, and the
 * output tokens (the server's final {@code usage}, else one a chunk). {@code LoadResult} turns them
 * into a template's metrics: throughput over the load's wall time and p50, p90, p99 of each timing
 * ({@code Percentiles}, linear between the closest ranks). The engine executor drives it; it knows
 * nothing of processes.
 */
@NullMarked
package dev.setpoint.runner.load;

import org.jspecify.annotations.NullMarked;
