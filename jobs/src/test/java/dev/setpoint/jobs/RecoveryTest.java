package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.jobs.testing.Await;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with SIGKILL in the middle of a job: after a restart the job runs again and
 * finishes exactly once. JobRunr fails the orphaned run once the dead server's heartbeat is older
 * than four poll intervals (20 s), then retries it; the retry takes attempt 2.
 */
class RecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void aJobInFlightWhenTheProcessIsKilledFinishesExactlyOnceAfterARestart() throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashedWorker.class.getName(),
                        dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        UUID id;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            id = UUID.fromString(next(out, CrashedWorker.JOB));
            next(out, CrashedWorker.RUNNING);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        TestRuns runs = new TestRuns();
        try (Database database = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC());
                Jobs jobs = Jobs.start(
                        database,
                        dataDir,
                        () -> TestRuns.TEMPLATES,
                        runs.lookup,
                        JobEstimates.MULTIPLIERS,
                        new JobsSettings(1, JobsSettings.DEFAULT_POLL))) {
            JobService service = jobs.service();
            assertThat(service.get(id).status()).isEqualTo(JobStatus.RUNNING);
            assertThat(service.get(id).attempt()).isEqualTo(1);

            Await.until(() -> service.get(id).status().finished(), 120);
            JobRecord done = service.get(id);
            Thread.sleep(7000);

            assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(done.attempt()).isEqualTo(2);
            assertThat(runs.runsOf(id)).isEqualTo(1);
            assertThat(service.get(id)).isEqualTo(done);
        }
    }

    private static String next(BufferedReader out, String prefix) throws Exception {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        throw new AssertionError("the child ended before printing " + prefix);
    }
}
