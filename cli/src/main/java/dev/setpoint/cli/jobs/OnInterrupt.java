package dev.setpoint.cli.jobs;

/**
 * What Ctrl-C (or a SIGTERM) does while the command line waits for a job: the JVM runs this before
 * it exits, since the waiting thread itself is never told. Closing it (the wait ended) removes it.
 */
public final class OnInterrupt implements AutoCloseable {

    private final Thread hook;

    private OnInterrupt(Runnable action) {
        this.hook = new Thread(action, "setpoint-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    public static OnInterrupt run(Runnable action) {
        return new OnInterrupt(action);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs, or ran.
        }
    }
}
