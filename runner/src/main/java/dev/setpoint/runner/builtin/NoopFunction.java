package dev.setpoint.runner.builtin;

import dev.setpoint.core.value.Value;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Does no work but write a two-byte {@code noop.txt}: for measuring the runner's own overhead. It reports no metrics. */
final class NoopFunction implements BuiltinFunction {

    @Override
    public RunOutcome run(RunSpec spec, ProgressSink progress) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("cancelled");
        }
        return new RunOutcome(
                List.of(OutputWriter.write(
                        spec.workDir(), "noop.txt", "text/plain", "ok".getBytes(StandardCharsets.US_ASCII))),
                "",
                Map.of());
    }

    /** Two constant bytes have no quality to measure. */
    @Override
    public Map<String, Value> measure(RunSpec spec, long seed) {
        return Map.of();
    }
}
