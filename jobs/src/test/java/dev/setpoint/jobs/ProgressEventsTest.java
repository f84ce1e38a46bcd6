package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress events a running job's followers get, on the worker's own clock: the run below
 * advances that clock between its reports, so which reports are passed on and the time left they
 * carry follow from the clock alone. Real SQLite; the test drives the worker as JobRunr's threads do.
 */
class ProgressEventsTest {

    @TempDir
    Path dataDir;

    /** Starts far from zero: nothing may read it as an absolute time. */
    private final AtomicLong nanos = new AtomicLong(Duration.ofHours(5).toNanos());

    @Test
    void aNewStageIsSentAtOnceTheSameStageAtMostEveryTenthOfASecondWithTheTimeLeftByTheWorkersClock() throws Exception {
        Executor reporting = (spec, progress) -> {
            progress.report("loading", 0);
            advance(50);
            progress.report("loading", 0.2);
            advance(50);
            progress.report("loading", 0.25);
            advance(10);
            progress.report("saving", 0.9);
            advance(10);
            progress.report("saving", 0.95);
            advance(100);
            progress.report("saving", 1.5);
            return new RunOutcome(List.of(), "", Map.of());
        };
        List<JobEvent> seen = new CopyOnWriteArrayList<>();
        UUID id = UUID.randomUUID();
        JobEvents events = new JobEvents();
        events.follow(id, seen::add);

        try (Database database = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC());
                Meter meter = new Meter()) {
            database.jobs().create(StrandedJobsTest.job(id));
            new JobWorker(
                            database.jobs(),
                            () -> TestRuns.TEMPLATES,
                            template -> reporting,
                            new JobFiles(dataDir),
                            events,
                            meter,
                            () -> "this-server",
                            nanos::get)
                    .run(id);
        }

        // The job's estimate is 1 s.
        assertThat(seen)
                .extracting(JobEvent::stage, JobEvent::fraction)
                .containsExactly(
                        tuple("starting", 0.0),
                        tuple("loading", 0.0),
                        tuple("loading", 0.25),
                        tuple("saving", 0.9),
                        tuple("saving", 1.0),
                        tuple("succeeded", 1.0));
        assertThat(seen.get(1).etaSeconds()).isEqualTo(1.0);
        assertThat(seen.get(2).etaSeconds()).isCloseTo(JobWorker.timeLeft(1, 0.1, 0.25), within(1e-12));
        assertThat(seen.get(3).etaSeconds()).isCloseTo(JobWorker.timeLeft(1, 0.11, 0.9), within(1e-12));
        assertThat(seen.get(4).etaSeconds()).isZero();
        assertThat(seen.get(5).status()).isEqualTo(JobStatus.SUCCEEDED);
    }

    private void advance(long millis) {
        nanos.addAndGet(Duration.ofMillis(millis).toNanos());
    }
}
