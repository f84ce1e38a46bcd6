package dev.setpoint.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a start-up finds noted: only trees whose starter is gone are killed, and only the noted process. */
class ProcessRecordTest {

    @TempDir
    Path root;

    private Process sleeper;

    @AfterEach
    void stopSleeper() {
        if (sleeper != null) {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void aTreeWhoseStarterIsGoneIsKilledAndItsNoteDropped() throws Exception {
        sleeper = sleep();
        Path run = root.resolve("run-1");
        note(run, sleeper.pid() + " " + started(sleeper.toHandle()) + " " + goneProcess());

        assertThat(ProcessRecord.endOrphans(root)).containsExactly(sleeper.pid());

        assertThat(sleeper.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(root.resolve("run-1.process")).doesNotExist();
    }

    @Test
    void aTreeWhoseStarterStillRunsIsLeftToIt() throws Exception {
        sleeper = sleep();
        Path run = root.resolve("run-2");
        ProcessRecord.write(run, sleeper);

        assertThat(ProcessRecord.endOrphans(root)).isEmpty();

        assertThat(sleeper.isAlive()).isTrue();
        assertThat(root.resolve("run-2.process")).exists();
    }

    @Test
    void aPidThatNoLongerNamesTheNotedProcessIsNeverKilled() throws Exception {
        sleeper = sleep();
        note(root.resolve("run-3"), sleeper.pid() + " " + (started(sleeper.toHandle()) - 1000) + " " + goneProcess());

        assertThat(ProcessRecord.endOrphans(root)).isEmpty();

        assertThat(sleeper.isAlive()).isTrue();
    }

    @Test
    void aNoteOfTheOlderFormWithoutItsStarterCountsAsOrphaned() throws Exception {
        sleeper = sleep();
        note(root.resolve("run-4"), sleeper.pid() + " " + started(sleeper.toHandle()));

        assertThat(ProcessRecord.endOrphans(root)).containsExactly(sleeper.pid());
    }

    @Test
    void aDataDirectoryWithoutJobsHasNothingToEnd() {
        assertThat(ProcessRecord.endOrphans(root.resolve("absent"))).isEmpty();
    }

    private static Process sleep() throws IOException {
        return new ProcessBuilder("sleep", "60").start();
    }

    /** The pid and start time of a process that has ended. */
    private static String goneProcess() throws Exception {
        Process done = sleep();
        String noted = done.pid() + " " + started(done.toHandle());
        done.destroyForcibly().waitFor();
        return noted;
    }

    private static long started(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElseThrow();
    }

    private static void note(Path run, String text) throws IOException {
        Files.writeString(run.resolveSibling(run.getFileName() + ".process"), text);
    }
}
