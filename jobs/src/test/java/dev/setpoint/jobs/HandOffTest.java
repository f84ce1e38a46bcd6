package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.jobs.testing.Await;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job submitted while a worker of this process is idle goes straight to it, stored already running
 * in its first attempt; the worker records when it really started with the end. Real SQLite and
 * JobRunr, one worker.
 */
class HandOffTest {

    @TempDir
    Path dataDir;

    private final TestRuns runs = new TestRuns();
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void aJobForTheIdleWorkerIsStoredRunningAndTheNextOneQueuesBehindIt(@TempDir Path elsewhere) throws Exception {
        warmUp(elsewhere);
        try (Database database = open();
                Jobs jobs = start(database)) {
            JobService service = jobs.service();

            JobRecord first = service.submit(null, slow(300));
            JobRecord second = service.submit(null, slow(0));

            assertThat(first.status()).isEqualTo(JobStatus.RUNNING);
            assertThat(first.attempt()).isEqualTo(1);
            assertThat(first.startedAt()).isEqualTo(first.queuedAt());
            assertThat(second.status()).isEqualTo(JobStatus.QUEUED);
            Await.until(() -> service.get(second.id()).status().finished());
            JobRecord firstDone = service.get(first.id());
            JobRecord secondDone = service.get(second.id());
            assertThat(firstDone.status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(firstDone.attempt()).isEqualTo(1);
            assertThat(firstDone.startedAt()).isAfterOrEqualTo(first.queuedAt()).isBefore(firstDone.finishedAt());
            assertThat(firstDone.queueWaitSeconds()).isBetween(0.0, 0.3);
            assertThat(secondDone.status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(secondDone.startedAt()).isAfterOrEqualTo(firstDone.finishedAt());
            assertThat(runs.runsOf(first.id())).isEqualTo(1);
            assertThat(runs.runsOf(second.id())).isEqualTo(1);
        }
    }

    @Test
    void aHandedOffJobThatWaitsForItsWorkerRecordsWhenItReallyStarted() throws Exception {
        try (Database database = open();
                Meter meter = new Meter()) {
            JobWorker worker = worker(database, meter);
            UUID id = UUID.randomUUID();
            assertThat(worker.reserve(id, 1)).isTrue();
            assertThat(worker.reserve(UUID.randomUUID(), 1)).isFalse();
            JobRecord stored = database.jobs().createRunning(StrandedJobsTest.job(id), "this-server");
            worker.handedOff(stored);

            nanos.addAndGet(Duration.ofMillis(250).toNanos());
            worker.run(id);

            JobRecord done = database.jobs().find(id).orElseThrow();
            assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(done.attempt()).isEqualTo(1);
            assertThat(done.startedAt()).isEqualTo(stored.startedAt().plusMillis(250));
            assertThat(done.queueWaitSeconds()).isEqualTo(0.25);
            assertThat(runs.runsOf(id)).isEqualTo(1);
        }
    }

    @Test
    void aHandedOffJobCancelledBeforeItsWorkerTakesItNeverRuns() throws Exception {
        try (Database database = open();
                Meter meter = new Meter()) {
            JobWorker worker = worker(database, meter);
            UUID id = UUID.randomUUID();
            worker.reserve(id, 1);
            worker.handedOff(database.jobs().createRunning(StrandedJobsTest.job(id), "this-server"));

            assertThat(database.jobs().cancel(id)).isTrue();
            assertThat(worker.interrupt(id)).isTrue();
            worker.run(id);

            assertThat(runs.runsOf(id)).isZero();
            assertThat(database.jobs().find(id).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
            assertThat(worker.reserve(UUID.randomUUID(), 1)).isTrue();
        }
    }

    @Test
    void aHandOffLostWithAStoppedPoolFreesItsWorkerAndItsRetryTakesANewAttempt() throws Exception {
        try (Database database = open();
                Meter meter = new Meter()) {
            JobWorker worker = worker(database, meter);
            UUID lost = UUID.randomUUID();
            UUID submitting = UUID.randomUUID();
            worker.reserve(lost, 2);
            worker.handedOff(database.jobs().createRunning(StrandedJobsTest.job(lost), "this-server"));
            worker.reserve(submitting, 2);

            worker.forgetHandOffs();

            assertThat(worker.reserve(UUID.randomUUID(), 2)).isTrue();
            assertThat(worker.reserve(UUID.randomUUID(), 2)).isFalse();
            worker.run(lost);
            JobRecord done = database.jobs().find(lost).orElseThrow();
            assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(done.attempt()).isEqualTo(2);
            assertThat(runs.runsOf(lost)).isEqualTo(1);
        }
    }

    /**
     * Runs a job on another data directory first: the first job of a JVM loads JobRunr's JSON mapping
     * on its way to the worker (half a second on a busy machine), which is not the hand-off's wait.
     */
    private void warmUp(Path elsewhere) throws Exception {
        try (Database database = Database.open(Database.sqliteUrl(elsewhere), Clock.systemUTC());
                Jobs jobs = Jobs.start(
                        database,
                        elsewhere,
                        () -> TestRuns.TEMPLATES,
                        runs.lookup,
                        JobEstimates.MULTIPLIERS,
                        new JobsSettings(1, JobsSettings.DEFAULT_POLL))) {
            JobRecord job = jobs.service().submit(null, slow(0));
            Await.until(() -> jobs.service().get(job.id()).status().finished());
        }
    }

    /** A worker driven by the test itself, on the test's clock, as JobRunr's threads drive one. */
    private JobWorker worker(Database database, Meter meter) {
        return new JobWorker(
                database.jobs(),
                () -> TestRuns.TEMPLATES,
                runs.lookup,
                new JobFiles(dataDir),
                new JobEvents(),
                meter,
                () -> "this-server",
                nanos::get);
    }

    private Database open() {
        return Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC());
    }

    private Jobs start(Database database) {
        return Jobs.start(
                database,
                dataDir,
                () -> TestRuns.TEMPLATES,
                runs.lookup,
                JobEstimates.MULTIPLIERS,
                new JobsSettings(1, JobsSettings.DEFAULT_POLL));
    }

    private static JobSubmission slow(int millis) {
        return TestRuns.submission(TestRuns.TEMPLATE, "draft", "{\"behaviour\": \"slow\", \"millis\": " + millis + "}");
    }
}
