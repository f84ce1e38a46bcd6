package dev.setpoint.runner.command;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Ends a process and everything it started. */
final class ProcessTree {

    /** A program forking while it is being killed gets a few more sweeps. */
    private static final int SWEEPS = 10;

    private ProcessTree() {}

    /**
     * Kills the descendants first, so that none is re-parented out of reach when its parent dies,
     * then the process itself, and waits briefly for it to be gone.
     */
    static void kill(Process process) {
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            List<ProcessHandle> descendants = process.descendants().toList();
            if (descendants.isEmpty()) {
                break;
            }
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
        process.destroyForcibly();
        boolean interrupted = Thread.interrupted();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
