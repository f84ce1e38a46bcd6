package dev.setpoint.runner.command;

import dev.setpoint.core.SetpointException;
import dev.setpoint.runner.ProcessUsage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * An engine server started for one run: its output goes to the run's log, it is noted for orphan
 * recovery while it runs ({@link ProcessRecord}), and closing it stops it with everything it started,
 * whether the run succeeded, failed, timed out or was cancelled.
 */
final class RunningEngine implements AutoCloseable {

    /** Lines of the engine's log a failure quotes: enough for a Python traceback's end. */
    static final int TAIL_LINES = 20;

    private static final long HEALTH_POLL_MILLIS = 250;
    private static final Duration HEALTH_REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final long DRAIN_MILLIS = 2_000;

    private final Process process;
    private final Path workDir;
    private final RunLog log;
    private final Duration stopGrace;
    private final ProcessTreeUsage usage = new ProcessTreeUsage();
    private final List<Thread> pumps;
    /** Every process the engine was seen to have started: one that crashes re-parents them out of its tree. */
    private final Set<ProcessHandle> started = new LinkedHashSet<>();

    private RunningEngine(Process process, Path workDir, RunLog log, Duration stopGrace) {
        this.process = process;
        this.workDir = workDir;
        this.log = log;
        this.stopGrace = stopGrace;
        this.pumps = List.of(
                CommandExecutor.pump(process.getInputStream(), false, log::append),
                CommandExecutor.pump(process.getErrorStream(), true, log::append));
    }

    /**
     * Starts {@code argv} in {@code workDir} with standard input closed.
     *
     * @param stopGrace how long the engine may take to shut down on SIGTERM before its tree is killed
     * @throws SetpointException {@code RUN_FAILED} when it cannot start
     */
    static RunningEngine start(List<String> argv, Path workDir, RunLog log, Duration stopGrace) {
        log.append("starting: " + String.join(" ", argv), false);
        Process process = CommandExecutor.start(argv, workDir);
        ProcessRecord.write(workDir, process);
        return new RunningEngine(process, workDir, log, stopGrace);
    }

    /**
     * Waits until {@code GET health} answers 200, watching that the engine still runs.
     *
     * @throws SetpointException {@code RUN_FAILED} when it exits first or is not healthy in time,
     *     with the last lines of its log
     */
    void awaitHealthy(HttpClient client, URI health, Duration timeout) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(health)
                .timeout(HEALTH_REQUEST_TIMEOUT)
                .GET()
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            requireAlive("before it was healthy");
            if (healthy(client, request)) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw SetpointException.runFailed("the engine was not healthy within " + timeout.toSeconds()
                        + " s (GET " + health.getPath() + ")" + tail());
            }
            // Returns at once when the engine exits, which the next round reports.
            process.waitFor(HEALTH_POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private static boolean healthy(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            // Not listening yet, or busy loading: asked again on the next round.
            return false;
        }
    }

    /**
     * Samples what the engine's processes use, and fails the run if it has exited.
     *
     * @throws SetpointException {@code RUN_FAILED} with its exit code and the last lines of its log
     */
    void requireAlive(String when) {
        usage.sample(process.toHandle());
        process.descendants().forEach(started::add);
        if (!process.isAlive()) {
            throw SetpointException.runFailed(
                    "the engine exited with code " + process.exitValue() + " " + when + tail());
        }
    }

    /** As {@link #requireAlive(String)}, after waiting up to {@code settle} for an exit under way. */
    void requireAlive(Duration settle, String when) throws InterruptedException {
        process.waitFor(settle.toMillis(), TimeUnit.MILLISECONDS);
        requireAlive(when);
    }

    ProcessUsage usage() {
        return usage.usage();
    }

    private String tail() {
        if (!process.isAlive()) {
            pumps.forEach(RunningEngine::joinQuietly);
        }
        String tail = log.tail(TAIL_LINES);
        return tail.isEmpty() ? "; it printed nothing" : "; the last lines of its log:\n" + tail;
    }

    /**
     * Asks the engine to shut down (SIGTERM, on which the engines stop their workers), waits up to
     * the grace period (not at all while this thread is interrupted), then kills whatever is left of
     * the tree: every process it was seen to have started (each check notes them, since those its
     * exit re-parented are no longer its descendants) and the engine itself. A handle kills only
     * the process it was taken from, never a later one with the same pid.
     */
    @Override
    public void close() {
        process.descendants().forEach(started::add);
        if (process.isAlive()) {
            // Through the handle: Process.destroy would also close the streams, losing the engine's last words.
            process.toHandle().destroy();
            awaitExit();
        }
        started.forEach(ProcessTree::kill);
        ProcessTree.kill(process);
        pumps.forEach(RunningEngine::joinQuietly);
        ProcessRecord.clear(workDir);
    }

    private void awaitExit() {
        try {
            process.waitFor(stopGrace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread pump) {
        boolean interrupted = Thread.interrupted();
        try {
            pump.join(DRAIN_MILLIS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
