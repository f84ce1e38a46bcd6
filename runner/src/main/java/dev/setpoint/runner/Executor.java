package dev.setpoint.runner;

/**
 * Runs one point of a template: resolved parameters in, output files out. Implementations are
 * stateless and thread-safe; one instance serves many runs at once.
 */
public interface Executor {

    /**
     * Runs to completion, writing every output into {@code spec.workDir()}. To cancel, interrupt the
     * calling thread: the run stops (a command's whole process tree is killed) and this throws
     * {@link InterruptedException}. Parameters it cannot run with throw {@link
     * dev.setpoint.core.SetpointException} {@code INVALID}; a run that fails all the same (the tool
     * exits non-zero or times out, the backend answers an error) throws it {@code RUN_FAILED}.
     */
    RunOutcome run(RunSpec spec, ProgressSink progress) throws InterruptedException;

    /**
     * Refuses, before anything is queued, parameters this executor could not run with (for a command,
     * a value no argument can hold). The template's own schema is checked before this.
     *
     * @throws dev.setpoint.core.SetpointException {@code INVALID}, naming each such value
     */
    default void check(RunSpec spec) {}

    /**
     * The size of the work these parameters ask for, in this executor's own unit (for an image,
     * pixel-samples weighted by what they cost): run time is expected to grow in proportion to it.
     * 1 when it cannot tell.
     */
    default double workUnits(RunSpec spec) {
        return 1;
    }
}
