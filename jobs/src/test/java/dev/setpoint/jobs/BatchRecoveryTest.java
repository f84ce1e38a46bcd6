package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.jobs.testing.Await;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.store.BatchRecord;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with SIGKILL in the middle of a batch: after a restart every item finishes, and
 * exactly once. The chunk that was running is found orphaned by JobRunr (20 s) and retried: its claim
 * takes a new attempt for its unfinished items only; the chunks still queued run as they are; the
 * items recorded before the kill never run again.
 */
class BatchRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void aBatchInFlightWhenTheProcessIsKilledFinishesEveryItemExactlyOnceAfterARestart() throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashedBatch.class.getName(),
                        dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        UUID id;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            id = UUID.fromString(next(out, CrashedBatch.BATCH));
            next(out, CrashedBatch.RUNNING);
            try (Database database = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC())) {
                // The items before the blocking one end recorded within a flush.
                Await.until(
                        () -> database.batches().find(id).orElseThrow().counts().get(JobStatus.SUCCEEDED)
                                == CrashedBatch.BLOCKING);
            }
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
                        BatchesContract.QUICK,
                        new JobsSettings(1, JobsSettings.DEFAULT_POLL))) {
            BatchService batches = jobs.batches();
            Await.until(() -> batches.get(id).ended(), 120);
            BatchRecord done = batches.get(id);
            // An absence: a retry of the orphaned chunk still queued would be fetched at the next poll.
            // Wait past one, then nothing may have run again or changed.
            Thread.sleep(JobsSettings.DEFAULT_POLL.toMillis() + 1000);

            assertThat(done.counts()).containsEntry(JobStatus.SUCCEEDED, CrashedBatch.ITEMS);
            List<JobRecord> items = batches.jobs(done);
            for (int i = 0; i < items.size(); i++) {
                JobRecord item = items.get(i);
                assertThat(item.status()).as("item %d", i).isEqualTo(JobStatus.SUCCEEDED);
                boolean ranBefore = i < CrashedBatch.BLOCKING;
                assertThat(runs.runsOf(item.id())).as("runs of item %d here", i).isEqualTo(ranBefore ? 0 : 1);
                // The blocked chunk (the second) was claimed twice; the last chunk once, here.
                int attempt = i >= CrashedBatch.BLOCKING && i < 2 * BatchService.CHUNK_ITEMS ? 2 : 1;
                assertThat(item.attempt()).as("attempt of item %d", i).isEqualTo(attempt);
            }
            assertThat(batches.get(id)).isEqualTo(done);
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
