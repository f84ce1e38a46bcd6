package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.jobs.testing.Await;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A graceful stop (SIGTERM) interrupts the runs in flight; each stays running in the store for the
 * next start to run again, however its executor reports the interrupt: as an InterruptedException,
 * or as the I/O error a file channel throws when the thread writing to it is interrupted.
 */
class GracefulStopTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(strings = {"slow", "slow_io"})
    void aRunInterruptedByAStopIsLeftRunningForTheNextStart(String behaviour) throws Exception {
        TestRuns runs = new TestRuns();
        UUID id;
        try (Database database = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC());
                Jobs jobs = Jobs.start(
                        database,
                        dataDir,
                        () -> TestRuns.TEMPLATES,
                        runs.lookup,
                        JobEstimates.MULTIPLIERS,
                        new JobsSettings(1, JobsSettings.DEFAULT_POLL))) {
            id = jobs.service()
                    .submit(
                            null,
                            TestRuns.submission(
                                    TestRuns.TEMPLATE,
                                    "standard",
                                    "{\"behaviour\": \"" + behaviour + "\", \"millis\": 60000}"))
                    .id();
            UUID submitted = id;
            Await.until(() -> runs.runsOf(submitted) == 1);
        }

        assertThat(runs.interrupted).containsKey(id);
        try (Database database = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC())) {
            assertThat(database.jobs().find(id).orElseThrow().status()).isEqualTo(JobStatus.RUNNING);
        }
    }
}
