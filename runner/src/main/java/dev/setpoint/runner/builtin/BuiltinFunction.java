package dev.setpoint.runner.builtin;

import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.RunSpec;
import java.util.Map;

/** A built-in reference function: an executor that measures its own output's quality on every run. */
interface BuiltinFunction extends Executor {

    /**
     * Measures the output a run of {@code spec} at {@code seed} left in its directory against a
     * reference: the function's metric (docs/FUNCTIONS.md) when the template declares it, else
     * nothing (and nothing is computed). Part of every run; also called alone to time it.
     *
     * @throws InterruptedException when the run is cancelled while it measures
     */
    Map<String, Value> measure(RunSpec spec, long seed) throws InterruptedException;
}
