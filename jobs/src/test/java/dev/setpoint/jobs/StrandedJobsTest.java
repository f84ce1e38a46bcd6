package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.testing.Await;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobEstimate;
import dev.setpoint.store.JobStatus;
import dev.setpoint.store.NewBatch;
import dev.setpoint.store.NewJob;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job stored but never given to JobRunr, as when the process died in between, still runs. */
class StrandedJobsTest {

    @TempDir
    Path dataDir;

    @Test
    void jobsStoredButNeverQueuedRunOnceAtTheNextStartAndOneSubmittedSecondsAgoIsLeftToItsSubmitter() throws Exception {
        Instant now = Instant.now();
        Instant longAgo = now.minus(StrandedJobs.STRANDED_AFTER).minusSeconds(30);
        NewJob stranded = storedAt(longAgo, false);
        NewJob strandedHandedOff = storedAt(longAgo, true);
        NewJob submitting = storedAt(now.minusSeconds(10), false);
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
            Await.until(() -> service.get(stranded.id()).status().finished()
                    && service.get(strandedHandedOff.id()).status().finished());

            assertThat(service.get(stranded.id()).status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(runs.runsOf(stranded.id())).isEqualTo(1);
            assertThat(service.get(strandedHandedOff.id()).status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(service.get(strandedHandedOff.id()).attempt()).isEqualTo(2);
            assertThat(runs.runsOf(strandedHandedOff.id())).isEqualTo(1);
            assertThat(service.get(submitting.id()).status()).isEqualTo(JobStatus.QUEUED);
            assertThat(runs.runsOf(submitting.id())).isZero();
        }
    }

    @Test
    void aBatchsChunksStoredButNeverQueuedRunOnceByChunkAndNoItemRunsAsASingleJob() throws Exception {
        Instant longAgo = Instant.now().minus(StrandedJobs.STRANDED_AFTER).minusSeconds(30);
        List<NewJob> items = List.of(job(UUID.randomUUID()), job(UUID.randomUUID()), job(UUID.randomUUID()));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        NewBatch batch = new NewBatch(
                UUID.randomUUID(), null, null, "batch", new Value.Obj(Map.of()), items, List.of(first, first, second));
        try (Database database = Database.open(Database.sqliteUrl(dataDir), Clock.fixed(longAgo, ZoneOffset.UTC))) {
            database.batches().create(batch);
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
            Await.until(() -> jobs.batches().get(batch.id()).ended());

            assertThat(jobs.batches().get(batch.id()).counts()).containsEntry(JobStatus.SUCCEEDED, 3);
            for (NewJob item : items) {
                assertThat(runs.runsOf(item.id())).isEqualTo(1);
                assertThat(jobs.service().get(item.id()).attempt()).isEqualTo(1);
            }
        }
    }

    /**
     * Stores a job queued at {@code at} (or running, as for an idle worker of a process that died), as
     * a submit does before it hands the job to JobRunr.
     */
    private NewJob storedAt(Instant at, boolean running) {
        NewJob job = job(UUID.randomUUID());
        try (Database database = Database.open(Database.sqliteUrl(dataDir), Clock.fixed(at, ZoneOffset.UTC))) {
            if (running) {
                database.jobs().createRunning(job, "a-server-that-died");
            } else {
                database.jobs().create(job);
            }
        }
        return job;
    }

    /** A job of the test template that runs at once, as a submit would store it. */
    static NewJob job(UUID id) {
        Value.Obj parameters = (Value.Obj) Json.parse("{\"behaviour\": \"ok\", \"millis\": 0, \"seed\": 1}");
        return new NewJob(
                id,
                null,
                TestRuns.TEMPLATE.ref(),
                "draft",
                1,
                List.of(),
                List.of(),
                parameters,
                parameters,
                new JobEstimate(1, 0.5, 2, "multipliers"),
                1);
    }
}
