package dev.setpoint.runner.builtin;

import dev.setpoint.runner.Executor;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;

/** A built-in reference function: an executor whose output quality can be measured. */
interface BuiltinFunction extends Executor {

    /** Measures the output {@code outcome} left in {@code spec.workDir()}, against a reference. */
    QualityScore score(RunSpec spec, RunOutcome outcome);
}
