package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.testing.Await;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobOutput;
import dev.setpoint.store.JobQuery;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import dev.setpoint.store.Viewer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jobs through JobRunr on a real database (SQLite, PostgreSQL), with one worker. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JobsContract {

    @TempDir
    static Path dataDir;

    private final TestRuns runs = new TestRuns();
    private Database database;
    private Jobs jobs;
    private JobService service;

    /** A new, empty database; {@code dataDir} is the jobs' data directory. */
    abstract String newDatabaseUrl(Path dataDir);

    @BeforeAll
    void start() {
        database = Database.open(newDatabaseUrl(dataDir), Clock.systemUTC());
        jobs = Jobs.start(
                database,
                dataDir,
                () -> TestRuns.TEMPLATES,
                runs.lookup,
                JobEstimates.MULTIPLIERS,
                new JobsSettings(1, JobsSettings.DEFAULT_POLL));
        service = jobs.service();
    }

    @AfterAll
    void stop() {
        jobs.close();
        database.close();
    }

    @Test
    void aJobRunsAndRecordsWhatItWasPromisedAndWhatItMeasured() throws Exception {
        JobRecord submitted = service.submit(null, TestRuns.submission(TestRuns.TEMPLATE, "high", "{\"millis\": 100}"));
        // Queued, or running already when it went straight to the idle worker (HandOffTest).
        assertThat(submitted.status()).isIn(JobStatus.QUEUED, JobStatus.RUNNING);

        JobRecord done = finish(submitted);

        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.attempt()).isEqualTo(1);
        assertThat(done.job().quality()).isEqualTo("high");
        assertThat(done.job().level()).isEqualTo(3);
        assertThat(done.job().workUnits()).isEqualTo(101);
        assertThat(done.job().estimate().source()).isEqualTo("multipliers");
        assertThat(done.job().estimate().seconds()).isPositive();
        assertThat(done.measurements().runSeconds()).isGreaterThanOrEqualTo(0.1).isLessThan(10);
        assertThat(done.measurements().cpuSeconds()).isGreaterThanOrEqualTo(0);
        assertThat(done.queueWaitSeconds()).isNotNull();
        assertThat(done.outputs()).containsExactly(new JobOutput("out.txt", "text/plain", 41));
        assertThat(done.log()).isEqualTo("wrote out.txt");
        assertThat(done.metrics())
                .isEqualTo(new Value.Obj(Map.of("output_bytes", Value.of(41), "waited_ms", Value.of(100))));
        assertThat(Files.readString(service.output(done, "out.txt"))).isEqualTo("done " + done.id());
        assertThat(runs.runsOf(done.id())).isEqualTo(1);
    }

    @Test
    void aRandomSeedIsDrawnWhenTheJobIsSubmittedSoTheJobRecordsIt() throws Exception {
        JobRecord drawn = service.submit(null, TestRuns.submission(TestRuns.TEMPLATE, "draft", "{}"));
        JobRecord chosen = service.submit(null, TestRuns.submission(TestRuns.TEMPLATE, "draft", "{\"seed\": 42}"));

        long seed = ((Value.Num) drawn.job().parameters().members().get("seed"))
                .value()
                .longValueExact();
        assertThat(seed).isBetween(0L, 4_294_967_295L);
        assertThat(chosen.job().parameters().members().get("seed")).isEqualTo(Value.of(42));
        assertThat(finish(drawn).job().parameters()).isEqualTo(drawn.job().parameters());
        finish(chosen);
    }

    @Test
    void followersSeeProgressThenTheFinalStatusOnce() throws Exception {
        JobRecord job = service.submit(null, TestRuns.submission(TestRuns.TEMPLATE, "draft", "{\"millis\": 400}"));
        List<JobEvent> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<JobEvent> last = new CompletableFuture<>();
        try (JobEvents.Following following = service.follow(job, e -> {
            seen.add(e);
            if (e.last()) {
                last.complete(e);
            }
        })) {
            assertThat(last.get(30, TimeUnit.SECONDS).status()).isEqualTo(JobStatus.SUCCEEDED);
        }
        // The live end and the stored one read the same.
        assertThat(last.get()).isEqualTo(service.current(service.get(job.id())));
        assertThat(last.get().stage()).isEqualTo("succeeded");
        assertThat(seen.get(0).status()).isIn(JobStatus.QUEUED, JobStatus.RUNNING);
        assertThat(seen).anySatisfy(e -> {
            assertThat(e.stage()).isEqualTo("waiting");
            assertThat(e.etaSeconds()).isNotNull();
        });
        assertThat(seen.stream().filter(JobEvent::last)).hasSize(1);
    }

    @Test
    void parametersTheExecutorRefusesAreInvalidAtSubmitAndNothingIsQueued() {
        long before = jobCount();

        assertThatThrownBy(() -> service.submit(
                        null, TestRuns.submission(TestRuns.TEMPLATE, "draft", "{\"behaviour\": \"refuse\"}")))
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID))
                .hasMessageContaining("refused, as asked");
        assertThat(jobCount()).isEqualTo(before);
    }

    private long jobCount() {
        return service.list(new Viewer(0, true), new JobQuery(null, null, 0, 1)).total();
    }

    /** As an event stream whose response a server shutdown completed: its sends throw. */
    @Test
    void aFollowerThatThrowsNeitherFailsTheJobNorStopsTheOtherFollowers() throws Exception {
        JobRecord job = service.submit(null, TestRuns.submission(TestRuns.TEMPLATE, "draft", "{\"millis\": 400}"));
        Thread subscriber = Thread.currentThread();
        AtomicInteger thrown = new AtomicInteger();
        CompletableFuture<JobEvent> last = new CompletableFuture<>();
        // What reaches it while it subscribes is sent; what the worker publishes afterwards throws.
        try (JobEvents.Following broken = service.follow(job, e -> {
                    if (Thread.currentThread() != subscriber) {
                        thrown.incrementAndGet();
                        throw new IllegalStateException("the response has already completed");
                    }
                });
                JobEvents.Following healthy = service.follow(job, e -> {
                    if (e.last()) {
                        last.complete(e);
                    }
                })) {
            assertThat(last.get(30, TimeUnit.SECONDS).status()).isEqualTo(JobStatus.SUCCEEDED);
        }
        assertThat(thrown).hasValue(1);
        assertThat(service.get(job.id()).status()).isEqualTo(JobStatus.SUCCEEDED);
    }

    @Test
    void followingAJobThatEndedSinceItWasReadSeesItsEndAtOnce() throws Exception {
        JobRecord submitted = service.submit(null, TestRuns.submission(TestRuns.TEMPLATE, "draft", "{}"));
        finish(submitted);
        List<JobEvent> seen = new CopyOnWriteArrayList<>();

        try (JobEvents.Following following = service.follow(submitted, seen::add)) {
            assertThat(seen).singleElement().satisfies(e -> {
                assertThat(e.status()).isEqualTo(JobStatus.SUCCEEDED);
                assertThat(e.last()).isTrue();
            });
        }
    }

    @ParameterizedTest
    @CsvSource({
        "fail, 'it broke, as asked'",
        "exhaust, 'the run ran out of memory (Java heap space); ask for less, or run fewer jobs at once'"
    })
    void aFailingRunIsAFailedJobWithItsErrorAndIsNotRetried(String behaviour, String error) throws Exception {
        JobRecord job = service.submit(
                null, TestRuns.submission(TestRuns.TEMPLATE, "standard", "{\"behaviour\": \"" + behaviour + "\"}"));

        JobRecord done = finish(job);

        assertThat(done.status()).isEqualTo(JobStatus.FAILED);
        assertThat(done.error()).contains(error);
        assertThat(done.measurements()).isNotNull();
        // What it wrote is no output: its directory goes.
        Await.until(() -> !Files.exists(dataDir.resolve("jobs").resolve(job.id().toString())));
        Thread.sleep(3000);
        assertThat(runs.runsOf(job.id())).isEqualTo(1);
        assertThat(service.get(job.id()).attempt()).isEqualTo(1);
    }

    @Test
    void cancellingARunningJobInterruptsItAndAQueuedOneNeverRuns() throws Exception {
        JobRecord running = service.submit(
                null,
                TestRuns.submission(TestRuns.TEMPLATE, "standard", "{\"behaviour\": \"slow\", \"millis\": 60000}"));
        JobRecord queued = service.submit(null, TestRuns.submission(TestRuns.TEMPLATE, "standard", "{}"));
        List<JobEvent> seen = new CopyOnWriteArrayList<>();
        JobRecord cancelled;
        try (JobEvents.Following watching = service.follow(running, seen::add)) {
            Await.until(() -> seen.stream().anyMatch(e -> e.stage().equals("waiting")));
            service.cancel(queued);
            cancelled = service.cancel(running);
        }

        assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
        // Those who watched see where it stopped; the record keeps how long it ran.
        assertThat(seen.get(seen.size() - 1))
                .extracting(JobEvent::status, JobEvent::stage)
                .containsExactly(JobStatus.CANCELLED, "waiting");
        Await.until(() -> service.get(running.id()).measurements() != null);
        assertThat(service.get(running.id()).measurements().runSeconds()).isPositive();
        Await.until(() -> runs.interrupted.containsKey(running.id()));
        Await.until(
                () -> !Files.exists(dataDir.resolve("jobs").resolve(running.id().toString())));
        Thread.sleep(2000);
        assertThat(runs.runsOf(queued.id())).isZero();
        assertThat(service.get(queued.id()).startedAt()).isNull();
        assertThat(service.get(running.id()).status()).isEqualTo(JobStatus.CANCELLED);
        assertThatThrownBy(() -> service.cancel(service.get(running.id())))
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT));
    }

    @Test
    void aTemplateThatCannotRunIsRefusedWithTheReason() {
        assertThatThrownBy(() -> service.submit(null, TestRuns.submission(TestRuns.NOT_RUNNABLE, "standard", "{}")))
                .isInstanceOfSatisfying(SetpointException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("test-plan@1.0.0 cannot run here: it declares no execution");
                });
    }

    @Test
    void anOutputNameOutsideTheJobIsNotFound() throws Exception {
        JobRecord done = finish(service.submit(null, TestRuns.submission(TestRuns.TEMPLATE, "standard", "{}")));
        for (String name : List.of("../setpoint.db", "..", "nothing.txt", "/etc/passwd")) {
            assertThatThrownBy(() -> service.output(done, name)).isInstanceOf(SetpointException.class);
        }
    }

    private JobRecord finish(JobRecord job) throws Exception {
        Await.until(() -> service.get(job.id()).status().finished());
        return service.get(job.id());
    }
}
