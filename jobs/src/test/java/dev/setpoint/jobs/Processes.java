package dev.setpoint.jobs;

import dev.setpoint.jobs.testing.Await;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the processes a command started still run, for tests that kill them. */
final class Processes {

    private Processes() {}

    /** A kill takes effect within moments; a zombie that no one has reaped yet runs no more. */
    static void awaitGone(long pid, String what) throws InterruptedException {
        try {
            Await.until(() -> !running(pid), 5);
        } catch (AssertionError e) {
            throw new AssertionError(what + " (pid " + pid + ") still runs 5 s later", e);
        }
    }

    static boolean running(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }
}
