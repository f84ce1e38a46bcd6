package dev.setpoint.runner.command;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        kill(process.toHandle());
    }

    /** As {@link #kill(Process)}, for a process this JVM did not start (one an earlier server left). */
    static void kill(ProcessHandle process) {
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
            process.onExit().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } catch (ExecutionException | TimeoutException e) {
            // Still exiting after 5 s: nothing more a kill can do.
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
