package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Jobs: what is stored comes back, and guarded transitions let a job finish exactly once. */
abstract class JobStoreContract extends StoreContract {

    private static final RunMeasurements MEASURED = new RunMeasurements(1.5, 1.25, 4096);
    private static final Value.Obj NO_METRICS = new Value.Obj(Map.of());

    @Test
    void aSubmittedJobComesBackAsItWasStored() {
        Viewer owner = newUser();
        NewJob job = job(owner, "sd-image@1.0.0");
        JobRecord created = db.jobs().create(job);

        JobRecord found = db.jobs().find(owner, job.id()).orElseThrow();
        assertThat(found.job()).isEqualTo(job);
        assertThat(found.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(found.createdAt()).isEqualTo(created.createdAt()).isEqualTo(clock.instant());
        assertThat(found.attempt()).isZero();
        assertThat(found.measurements()).isNull();
    }

    /** When the job's current attempt started, as the store has it. */
    private Instant started(UUID id) {
        return db.jobs().find(id).orElseThrow().startedAt();
    }

    @Test
    void aRunIsRecordedWithItsMeasurementsOutputsAndLog() {
        Viewer owner = newUser();
        NewJob job = job(owner, "sd-image@1.0.0");
        db.jobs().create(job);
        clock.advance(Duration.ofMillis(250));
        int attempt = db.jobs().start(job.id(), "worker-a").orElseThrow().attempt();
        List<JobOutput> outputs = List.of(new JobOutput("image.png", "image/png", 1234));

        assertThat(db.jobs()
                        .finish(JobEnd.succeeded(
                                job.id(), attempt, started(job.id()), MEASURED, NO_METRICS, outputs, "done")))
                .isTrue();

        JobRecord found = db.jobs().find(job.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(found.attempt()).isEqualTo(1);
        assertThat(found.worker()).isEqualTo("worker-a");
        assertThat(found.queueWaitSeconds()).isEqualTo(0.25);
        assertThat(found.measurements()).isEqualTo(MEASURED);
        assertThat(found.outputs()).isEqualTo(outputs);
        assertThat(found.log()).isEqualTo("done");
        assertThat(found.finishedAt()).isEqualTo(clock.instant());
    }

    @Test
    void theMetricsOfASucceededRunComeBackAndOtherJobsHaveNone() {
        Viewer owner = newUser();
        NewJob succeeded = job(owner, "sd-image@1.0.0");
        NewJob failed = job(owner, "sd-image@1.0.0");
        NewJob queued = job(owner, "sd-image@1.0.0");
        List.of(succeeded, failed, queued).forEach(db.jobs()::create);
        Value.Obj metrics = (Value.Obj) Json.parse("{\"psnr\": 31.25, \"output_bytes\": 1234, \"ssim\": 0.987654321}");
        int attempt = db.jobs().start(succeeded.id(), "w").orElseThrow().attempt();
        int failedAttempt = db.jobs().start(failed.id(), "w").orElseThrow().attempt();

        db.jobs()
                .finish(JobEnd.succeeded(
                        succeeded.id(), attempt, started(succeeded.id()), MEASURED, metrics, List.of(), ""));
        db.jobs().finish(JobEnd.failed(failed.id(), failedAttempt, started(failed.id()), MEASURED, "boom", ""));

        assertThat(db.jobs().find(succeeded.id()).orElseThrow().metrics()).isEqualTo(metrics);
        assertThat(db.jobs().find(failed.id()).orElseThrow().metrics()).isEqualTo(NO_METRICS);
        assertThat(db.jobs().find(queued.id()).orElseThrow().metrics()).isEqualTo(NO_METRICS);
        assertThat(db.jobs().create(job(owner, "sd-image@1.0.0")).metrics()).isEqualTo(NO_METRICS);
    }

    @Test
    void aFinishedJobNeitherStartsNorFinishesAgain() {
        Viewer owner = newUser();
        NewJob job = job(owner, "sd-image@1.0.0");
        db.jobs().create(job);
        int attempt = db.jobs().start(job.id(), "w").orElseThrow().attempt();
        assertThat(db.jobs().finish(JobEnd.failed(job.id(), attempt, started(job.id()), MEASURED, "boom", "log")))
                .isTrue();

        assertThat(db.jobs().start(job.id(), "w")).isEmpty();
        assertThat(db.jobs()
                        .finish(JobEnd.succeeded(
                                job.id(), attempt, started(job.id()), MEASURED, NO_METRICS, List.of(), "")))
                .isFalse();
        assertThat(db.jobs().cancel(job.id())).isFalse();
        assertThat(db.jobs().find(job.id()).orElseThrow().error()).isEqualTo("boom");
    }

    @Test
    void aRestartedAttemptSupersedesTheOneBeforeIt() {
        Viewer owner = newUser();
        NewJob job = job(owner, "sd-image@1.0.0");
        db.jobs().create(job);
        int first = db.jobs().start(job.id(), "dead").orElseThrow().attempt();
        JobRecord restarted = db.jobs().start(job.id(), "alive").orElseThrow();
        int second = restarted.attempt();

        assertThat(second).isEqualTo(first + 1);
        assertThat(restarted.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(restarted.worker()).isEqualTo("alive");
        assertThat(restarted.job()).isEqualTo(job);
        assertThat(db.jobs()
                        .finish(JobEnd.succeeded(
                                job.id(), first, started(job.id()), MEASURED, NO_METRICS, List.of(), "late")))
                .isFalse();
        assertThat(db.jobs()
                        .finish(JobEnd.succeeded(
                                job.id(), second, started(job.id()), MEASURED, NO_METRICS, List.of(), "current")))
                .isTrue();
        assertThat(db.jobs().find(job.id()).orElseThrow().log()).isEqualTo("current");
    }

    @Test
    void racingStartsGetDifferentAttemptsAndOnlyOneFinishes() throws Exception {
        Viewer owner = newUser();
        NewJob job = job(owner, "sd-image@1.0.0");
        db.jobs().create(job);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Optional<JobRecord>>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String worker = "w" + i;
                starts.add(() -> db.jobs().start(job.id(), worker));
            }
            List<Integer> attempts = new ArrayList<>();
            for (Future<Optional<JobRecord>> f : pool.invokeAll(starts)) {
                attempts.add(f.get().orElseThrow().attempt());
            }
            assertThat(attempts).doesNotHaveDuplicates().hasSize(4);
            long finished = attempts.stream()
                    .filter(a -> db.jobs()
                            .finish(JobEnd.succeeded(
                                    job.id(), a, started(job.id()), MEASURED, NO_METRICS, List.of(), "")))
                    .count();
            assertThat(finished).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aJobCancelledWhileRunningKeepsWhatItsRunMeasuredButNeverASucceededOnes() {
        Viewer owner = newUser();
        NewJob running = job(owner, "sd-image@1.0.0");
        db.jobs().create(running);
        int attempt = db.jobs().start(running.id(), "w").orElseThrow().attempt();
        assertThat(db.jobs().measureCancelled(running.id(), attempt, started(running.id()), MEASURED))
                .isFalse();

        db.jobs().cancel(running.id());

        assertThat(db.jobs().measureCancelled(running.id(), attempt + 1, started(running.id()), MEASURED))
                .isFalse();
        assertThat(db.jobs().measureCancelled(running.id(), attempt, started(running.id()), MEASURED))
                .isTrue();
        JobRecord found = db.jobs().find(running.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(found.measurements()).isEqualTo(MEASURED);
        assertThat(db.jobs().history("sd-image@1.0.0", 10))
                .extracting(SucceededRun::jobId)
                .doesNotContain(running.id());
    }

    @Test
    void aCancelledJobNeverStartsAndARunningOneCannotFinishAfterIt() {
        Viewer owner = newUser();
        NewJob queued = job(owner, "sd-image@1.0.0");
        NewJob running = job(owner, "sd-image@1.0.0");
        db.jobs().create(queued);
        db.jobs().create(running);
        int attempt = db.jobs().start(running.id(), "w").orElseThrow().attempt();

        assertThat(db.jobs().cancel(queued.id())).isTrue();
        assertThat(db.jobs().cancel(running.id())).isTrue();

        assertThat(db.jobs().start(queued.id(), "w")).isEmpty();
        assertThat(db.jobs()
                        .finish(JobEnd.succeeded(
                                running.id(), attempt, started(running.id()), MEASURED, NO_METRICS, List.of(), "")))
                .isFalse();
        assertThat(db.jobs().find(running.id()).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void onlyUnfinishedJobsQueuedBeforeTheWaitAreListedOldestFirst() {
        // A database of its own: the other tests leave unfinished jobs behind.
        TestClock time = new TestClock();
        try (Database fresh = Database.open(newDatabaseUrl(), time)) {
            Viewer owner = Viewer.of(fresh.users().createUser(unique("user"), null, Role.USER));
            JobStore jobs = fresh.jobs();
            NewJob oldest = job(owner, "sd-image@1.0.0");
            NewJob older = job(owner, "sd-image@1.0.0");
            NewJob started = job(owner, "sd-image@1.0.0");
            NewJob cancelled = job(owner, "sd-image@1.0.0");
            NewJob succeeded = job(owner, "sd-image@1.0.0");
            NewJob recent = job(owner, "sd-image@1.0.0");
            jobs.create(oldest);
            time.advance(Duration.ofSeconds(1));
            List.of(older, started, cancelled).forEach(jobs::create);
            jobs.createRunning(succeeded, "w");
            jobs.start(started.id(), "w");
            jobs.cancel(cancelled.id());
            jobs.finish(JobEnd.succeeded(
                    succeeded.id(),
                    1,
                    jobs.find(succeeded.id()).orElseThrow().startedAt(),
                    MEASURED,
                    NO_METRICS,
                    List.of(),
                    ""));
            time.advance(Duration.ofSeconds(59));
            jobs.create(recent);

            assertThat(jobs.unfinishedLongerThan(Duration.ofSeconds(30), 10))
                    .containsExactlyInAnyOrder(oldest.id(), older.id(), started.id())
                    .startsWith(oldest.id());
            assertThat(jobs.unfinishedLongerThan(Duration.ofSeconds(30), 1)).containsExactly(oldest.id());
            assertThat(jobs.unfinishedLongerThan(Duration.ofSeconds(59), 10)).containsExactly(oldest.id());
        }
    }

    @Test
    void aJobCreatedRunningIsStartedInItsFirstAttemptAndItsEndRecordsWhenItReallyStarted() {
        Viewer owner = newUser();
        NewJob job = job(owner, "sd-image@1.0.0");

        JobRecord created = db.jobs().createRunning(job, "server-1");

        JobRecord stored = db.jobs().find(job.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(stored.attempt()).isEqualTo(1);
        assertThat(stored.worker()).isEqualTo("server-1");
        assertThat(stored.startedAt()).isEqualTo(stored.queuedAt()).isNotNull();
        assertThat(stored.queueWaitSeconds()).isZero();
        assertThat(created)
                .usingRecursiveComparison()
                .ignoringFields("createdAt", "queuedAt", "startedAt")
                .isEqualTo(stored);
        clock.advance(Duration.ofMillis(40));
        Instant reachedItsWorker = stored.startedAt().plusMillis(40);
        assertThat(db.jobs()
                        .finish(JobEnd.succeeded(job.id(), 1, reachedItsWorker, MEASURED, NO_METRICS, List.of(), "")))
                .isTrue();
        JobRecord ended = db.jobs().find(job.id()).orElseThrow();
        assertThat(ended.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(ended.startedAt()).isEqualTo(reachedItsWorker);
        assertThat(ended.queueWaitSeconds()).isEqualTo(0.04);
    }

    @Test
    void aJobCreatedRunningThatIsStartedAgainTakesANewAttempt() {
        NewJob job = job(newUser(), "sd-image@1.0.0");
        db.jobs().createRunning(job, "died");

        JobRecord recovered = db.jobs().start(job.id(), "server-2").orElseThrow();

        assertThat(recovered.attempt()).isEqualTo(2);
        assertThat(db.jobs()
                        .finish(JobEnd.succeeded(job.id(), 1, started(job.id()), MEASURED, NO_METRICS, List.of(), "")))
                .isFalse();
        assertThat(db.jobs()
                        .finish(JobEnd.succeeded(job.id(), 2, started(job.id()), MEASURED, NO_METRICS, List.of(), "")))
                .isTrue();
    }

    @Test
    void jobsAreVisibleOnlyToTheirOwner() {
        Viewer owner = newUser();
        Viewer other = newUser();
        NewJob job = job(owner, "sd-image@1.0.0");
        db.jobs().create(job);

        assertThat(db.jobs().find(other, job.id())).isEmpty();
        assertThat(db.jobs().list(other, JobQuery.everything(0, 50)).total()).isZero();
        assertThat(db.jobs().find(new Viewer(other.userId(), true), job.id())).isEmpty();
    }

    @Test
    void jobsOfNoUserAreListedApartFromEveryUsersJobs() {
        // A database of its own, so that the other tests' jobs cannot be among the ownerless ones.
        TestClock time = new TestClock();
        try (Database fresh = Database.open(newDatabaseUrl(), time)) {
            Viewer owner = Viewer.of(fresh.users().createUser(unique("user"), null, Role.USER));
            NewJob users = job(owner, "sd-image@1.0.0");
            NewJob image = job((Long) null, "sd-image@1.0.0");
            NewJob video = job((Long) null, "text-to-video@1.0.0");
            for (NewJob job : List.of(users, image, video)) {
                fresh.jobs().create(job);
                time.advance(Duration.ofSeconds(1));
            }

            assertThat(ids(fresh.jobs().listOwnerless(JobQuery.everything(0, 50))))
                    .containsExactly(video.id(), image.id());
            assertThat(ids(fresh.jobs().listOwnerless(new JobQuery(null, "sd-image", 0, 50))))
                    .containsExactly(image.id());
            assertThat(fresh.jobs().listOwnerless(JobQuery.everything(1, 1)).total())
                    .isEqualTo(2);
            assertThat(ids(fresh.jobs().list(owner, JobQuery.everything(0, 50))))
                    .containsExactly(users.id());
            assertThat(fresh.jobs().find(image.id()).orElseThrow().job()).isEqualTo(image);
        }
    }

    @Test
    void listFiltersByStatusAndTemplateNewestFirst() {
        Viewer owner = newUser();
        NewJob old = job(owner, "sd-image@1.0.0");
        db.jobs().create(old);
        clock.advance(Duration.ofSeconds(1));
        NewJob video = job(owner, "text-to-video@1.0.0");
        db.jobs().create(video);
        clock.advance(Duration.ofSeconds(1));
        NewJob newer = job(owner, "sd-image@1.1.0");
        db.jobs().create(newer);
        db.jobs().cancel(newer.id());

        assertThat(ids(db.jobs().list(owner, JobQuery.everything(0, 50))))
                .containsExactly(newer.id(), video.id(), old.id());
        assertThat(ids(db.jobs().list(owner, new JobQuery(null, "sd-image", 0, 50))))
                .containsExactly(newer.id(), old.id());
        assertThat(ids(db.jobs().list(owner, new JobQuery(null, "sd-image@1.0.0", 0, 50))))
                .containsExactly(old.id());
        assertThat(ids(db.jobs().list(owner, new JobQuery(JobStatus.QUEUED, null, 0, 50))))
                .containsExactly(video.id(), old.id());
        Page<JobRecord> second = db.jobs().list(owner, JobQuery.everything(1, 1));
        assertThat(ids(second)).containsExactly(video.id());
        assertThat(second.total()).isEqualTo(3);
    }

    @Test
    void historyHasTheSuccessfulRunsOfATemplateVersionWithTheirEstimates() {
        Viewer owner = newUser();
        String template = unique("tpl");
        NewJob ok = job(owner, template + "@1.0.0");
        NewJob failed = job(owner, template + "@1.0.0");
        NewJob otherVersion = job(owner, template + "@2.0.0");
        for (NewJob job : List.of(ok, failed, otherVersion)) {
            db.jobs().create(job);
        }
        db.jobs()
                .finish(JobEnd.succeeded(
                        ok.id(),
                        db.jobs().start(ok.id(), "w").orElseThrow().attempt(),
                        started(ok.id()),
                        MEASURED,
                        NO_METRICS,
                        List.of(),
                        ""));
        db.jobs()
                .finish(JobEnd.failed(
                        failed.id(),
                        db.jobs().start(failed.id(), "w").orElseThrow().attempt(),
                        started(failed.id()),
                        MEASURED,
                        "x",
                        ""));
        clock.advance(Duration.ofSeconds(1));
        db.jobs()
                .finish(JobEnd.succeeded(
                        otherVersion.id(),
                        db.jobs().start(otherVersion.id(), "w").orElseThrow().attempt(),
                        started(otherVersion.id()),
                        new RunMeasurements(3, 2, 1),
                        NO_METRICS,
                        List.of(),
                        ""));

        List<SucceededRun> history = db.jobs().history(template + "@1.0.0", 10);

        assertThat(history).extracting(SucceededRun::jobId).containsExactly(ok.id());
        assertThat(db.jobs().history(template + "@2.0.0", 10))
                .extracting(SucceededRun::jobId)
                .containsExactly(otherVersion.id());
        SucceededRun first = history.get(0);
        assertThat(first.templateRef()).isEqualTo(template + "@1.0.0");
        assertThat(first.level()).isEqualTo(3);
        assertThat(first.workUnits()).isEqualTo(512.0 * 512 * 30);
        assertThat(first.runSeconds()).isEqualTo(1.5);
        assertThat(first.estimate()).isEqualTo(ok.estimate());
        assertThat(db.jobs().history())
                .extracting(SucceededRun::jobId)
                .containsSubsequence(ok.id(), otherVersion.id())
                .doesNotContain(failed.id());
    }

    @Test
    void historyReadsOnlyTheLatestRunsOldestFirst() {
        Viewer owner = newUser();
        String ref = unique("tpl") + "@1.0.0";
        List<UUID> finished = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            NewJob job = job(owner, ref);
            db.jobs().create(job);
            db.jobs()
                    .finish(JobEnd.succeeded(
                            job.id(),
                            db.jobs().start(job.id(), "w").orElseThrow().attempt(),
                            started(job.id()),
                            MEASURED,
                            NO_METRICS,
                            List.of(),
                            ""));
            finished.add(job.id());
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(db.jobs().history(ref, 3))
                .extracting(SucceededRun::jobId)
                .containsExactlyElementsOf(finished.subList(2, 5));
    }

    @Test
    void aLongLogKeepsItsEnd() {
        Viewer owner = newUser();
        NewJob job = job(owner, "sd-image@1.0.0");
        db.jobs().create(job);
        int attempt = db.jobs().start(job.id(), "w").orElseThrow().attempt();
        String log = "x".repeat(JdbcJobStore.MAX_LOG_CHARS * 2) + "the end";

        db.jobs().finish(JobEnd.failed(job.id(), attempt, started(job.id()), MEASURED, "boom", log));

        String stored = db.jobs().find(job.id()).orElseThrow().log();
        assertThat(stored)
                .hasSize(JdbcJobStore.MAX_LOG_CHARS)
                .startsWith("[... ")
                .endsWith("xthe end");
    }

    private static List<UUID> ids(Page<JobRecord> page) {
        return page.items().stream().map(JobRecord::id).toList();
    }

    private static NewJob job(Viewer owner, String templateRef) {
        return job(owner.userId(), templateRef);
    }

    /** @param ownerId null for a job of the command line without a server */
    private static NewJob job(Long ownerId, String templateRef) {
        Value.Obj inputs = (Value.Obj) Json.parse("{\"prompt\": \"a cat\"}");
        Value.Obj parameters = (Value.Obj) Json.parse("{\"prompt\": \"a cat\", \"steps\": 30, \"width\": 512}");
        return new NewJob(
                UUID.randomUUID(),
                ownerId,
                templateRef,
                "high",
                3,
                List.of(1L, 1001L),
                List.of(new PresetRevision(7, "high", 1), new PresetRevision(1001, "fast", 4)),
                inputs,
                parameters,
                new JobEstimate(12.5, 10, 18.75, "multipliers"),
                512.0 * 512 * 30);
    }
}
