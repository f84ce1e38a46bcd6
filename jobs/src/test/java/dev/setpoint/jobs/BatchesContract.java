package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.testing.Await;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.store.BatchRecord;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobEstimate;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Batches through their chunks on JobRunr, on a real database (SQLite, PostgreSQL), with two workers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BatchesContract {

    /** Every item is expected to be quick, so that chunks hold many, as no-op items do. */
    static final JobEstimates QUICK = (template, quality, executor, work) -> new JobEstimate(0.001, 0, 0.002, "test");

    @TempDir
    static Path dataDir;

    private final TestRuns runs = new TestRuns();
    private Database database;
    private Jobs jobs;
    private BatchService batches;

    abstract String newDatabaseUrl(Path dataDir);

    @BeforeAll
    void start() {
        database = Database.open(newDatabaseUrl(dataDir), Clock.systemUTC());
        jobs = Jobs.start(
                database,
                dataDir,
                () -> TestRuns.TEMPLATES,
                runs.lookup,
                QUICK,
                new JobsSettings(2, JobsSettings.DEFAULT_POLL));
        batches = jobs.batches();
    }

    @AfterAll
    void stop() {
        jobs.close();
        database.close();
    }

    @Test
    void everyItemRunsOnceAndFollowersSeeTheCountsUntilTheBatchEnds() throws Exception {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            inputs.add("{\"prompt\": \"item " + i + "\"}");
        }
        List<BatchRecord> seen = new CopyOnWriteArrayList<>();

        BatchRecord submitted = batches.submit(null, batch(inputs));
        try (AutoCloseable following = batches.follow(submitted, seen::add)) {
            Await.until(() -> !seen.isEmpty() && seen.get(seen.size() - 1).ended());
        }

        assertThat(submitted.items()).isEqualTo(250);
        assertThat(submitted.kind()).isEqualTo("batch");
        assertThat(submitted.estimateSeconds()).isCloseTo(0.25, offset(1e-9));
        BatchRecord done = seen.get(seen.size() - 1);
        assertThat(done.counts()).containsEntry(JobStatus.SUCCEEDED, 250);
        assertThat(done.measuredSeconds()).isPositive();
        BatchRecord again = batches.get(submitted.id());
        // PostgreSQL may add the run times up in another order on another read: the last bits may differ.
        assertThat(done)
                .usingRecursiveComparison()
                .ignoringFields("measuredSeconds")
                .isEqualTo(again);
        assertThat(done.measuredSeconds()).isCloseTo(again.measuredSeconds(), offset(1e-9));
        List<Integer> finished = seen.stream().map(BatchRecord::finished).toList();
        assertThat(finished).isSorted().doesNotHaveDuplicates();
        List<JobRecord> items = batches.jobs(done);
        assertThat(items).hasSize(250);
        for (int i = 0; i < items.size(); i++) {
            JobRecord item = items.get(i);
            assertThat(item.job().inputs().members()).containsEntry("prompt", Value.of("item " + i));
            assertThat(item.status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(item.attempt()).isEqualTo(1);
            assertThat(item.measurements()).isNotNull();
            assertThat(item.outputs()).hasSize(1);
            assertThat(item.metrics())
                    .isEqualTo(new Value.Obj(Map.of("output_bytes", Value.of(41), "waited_ms", Value.of(0))));
            assertThat(runs.runsOf(item.id())).isEqualTo(1);
        }
        assertThat(batches.listOwnerless(0, 10).items())
                .extracting(BatchRecord::id)
                .contains(submitted.id());
    }

    @Test
    void anInvalidItemMakesTheWholeBatchInvalidWithItsPathAndNothingIsStored() {
        long before = batches.listOwnerless(0, 1).total();
        BatchSubmission batch = new BatchSubmission(
                "mixed",
                "batch",
                new Value.Obj(Map.of()),
                List.of(
                        TestRuns.submission(TestRuns.TEMPLATE, "draft", "{}"),
                        TestRuns.submission(TestRuns.TEMPLATE, "draft", "{\"behaviour\": \"refuse\"}"),
                        TestRuns.submission(TestRuns.NOT_RUNNABLE, "draft", "{}"),
                        TestRuns.submission(TestRuns.TEMPLATE, "draft", "{}"),
                        TestRuns.submission(TestRuns.TEMPLATE, "draft", "{\"millis\": -1}")));

        assertThatThrownBy(() -> batches.submit(null, batch)).isInstanceOfSatisfying(SetpointException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactly("/items/1/inputs/behaviour", "/items/2/template", "/items/4/inputs/millis");
            assertThat(e.problems().get(1).message()).contains("cannot run here");
        });
        assertThat(batches.listOwnerless(0, 1).total()).isEqualTo(before);
    }

    @Test
    void theCheckBeforeAnythingStartsFindsTheInputsAndTemplatesSubmitWouldRefuse() {
        BatchSubmission batch = new BatchSubmission(
                null,
                "batch",
                new Value.Obj(Map.of()),
                List.of(
                        TestRuns.submission(TestRuns.TEMPLATE, "draft", "{}"),
                        TestRuns.submission(TestRuns.NOT_RUNNABLE, "draft", "{}"),
                        TestRuns.submission(TestRuns.TEMPLATE, "draft", "{\"millis\": -1}")));

        assertThatThrownBy(() -> BatchService.check(batch, runs.lookup))
                .isInstanceOfSatisfying(
                        SetpointException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::path)
                                .containsExactly("/items/1/template", "/items/2/inputs/millis"));
        BatchService.check(
                new BatchSubmission(
                        null, "batch", new Value.Obj(Map.of()), batch.items().subList(0, 1)),
                runs.lookup);
    }

    @Test
    void aBatchHasOneToMaxItems() {
        BatchSubmission empty = new BatchSubmission(null, "batch", new Value.Obj(Map.of()), List.of());
        BatchSubmission tooMany = new BatchSubmission(
                null,
                "batch",
                new Value.Obj(Map.of()),
                Collections.nCopies(BatchService.MAX_ITEMS + 1, TestRuns.submission(TestRuns.TEMPLATE, "draft", "{}")));

        for (BatchSubmission batch : List.of(empty, tooMany)) {
            assertThatThrownBy(() -> batches.submit(null, batch)).isInstanceOfSatisfying(SetpointException.class, e -> {
                assertThat(e.kind()).isEqualTo(Kind.INVALID);
                assertThat(e.problems()).extracting(Problem::path).containsExactly("/items");
                assertThat(e.getMessage()).contains("1 to 10000 items");
            });
        }
    }

    @Test
    void cancellingMidBatchEndsWhatHasNotFinishedAndNothingRunsAfter() throws Exception {
        List<String> inputs = new ArrayList<>(Collections.nCopies(3, "{}"));
        inputs.add("{\"behaviour\": \"slow\", \"millis\": 60000}");
        inputs.addAll(Collections.nCopies(3, "{}"));
        BatchRecord submitted = batches.submit(null, batch(inputs));
        List<JobRecord> items = batches.jobs(submitted);
        JobRecord slow = items.get(3);
        Await.until(() -> runs.runsOf(slow.id()) == 1
                && batches.get(submitted.id()).counts().get(JobStatus.SUCCEEDED) == 3);

        BatchRecord cancelled = batches.cancel(submitted);

        assertThat(cancelled.counts()).containsEntry(JobStatus.SUCCEEDED, 3).containsEntry(JobStatus.CANCELLED, 4);
        assertThat(cancelled.ended()).isTrue();
        Await.until(() -> runs.interrupted.containsKey(slow.id()));
        Await.until(() -> batches.jobs(submitted).get(3).measurements() != null);
        Thread.sleep(1500);
        for (JobRecord later : items.subList(4, 7)) {
            assertThat(runs.runsOf(later.id())).isZero();
            assertThat(jobs.service().get(later.id()).status()).isEqualTo(JobStatus.CANCELLED);
        }
        // The cancelled run's time is recorded (maybe before the cancel returned); nothing else changes.
        BatchRecord after = batches.get(submitted.id());
        assertThat(after.counts()).isEqualTo(cancelled.counts());
        assertThat(after.measuredSeconds()).isGreaterThanOrEqualTo(cancelled.measuredSeconds());
        assertThat(batches.cancel(after)).isEqualTo(after);
    }

    @Test
    void cancellingOneItemOfARunningChunkSkipsItAndTheChunkRunsOn() throws Exception {
        List<String> inputs = List.of("{\"behaviour\": \"slow\", \"millis\": 800}", "{}", "{}");
        BatchRecord submitted = batches.submit(null, batch(inputs));
        List<JobRecord> items = batches.jobs(submitted);
        Await.until(() -> runs.runsOf(items.get(0).id()) == 1);

        jobs.service().cancel(jobs.service().get(items.get(1).id()));

        Await.until(() -> batches.get(submitted.id()).ended());
        assertThat(batches.get(submitted.id()).counts())
                .containsEntry(JobStatus.SUCCEEDED, 2)
                .containsEntry(JobStatus.CANCELLED, 1);
        assertThat(runs.runsOf(items.get(1).id())).isZero();
        assertThat(runs.runsOf(items.get(2).id())).isEqualTo(1);
    }

    /** As a cancel by another process does: only the store is told, not the chunk running here. */
    @Test
    void aChunkWhoseEndIsRefusedRunsNoItemCancelledElsewhere() throws Exception {
        List<String> inputs = List.of("{\"behaviour\": \"slow\", \"millis\": 400}", "{}", "{}");
        BatchRecord submitted = batches.submit(null, batch(inputs));
        List<JobRecord> items = batches.jobs(submitted);
        Await.until(() -> runs.runsOf(items.get(0).id()) == 1);

        assertThat(database.batches().cancel(submitted.id())).hasSize(3);

        // The running item is not interrupted: it runs to its end, which is refused.
        Await.until(() -> Files.exists(
                dataDir.resolve("jobs").resolve(items.get(0).id().toString()).resolve("out.txt")));
        Thread.sleep(1500);
        assertThat(jobs.service().get(items.get(0).id()).measurements()).isNull();
        assertThat(runs.runsOf(items.get(1).id())).isZero();
        assertThat(runs.runsOf(items.get(2).id())).isZero();
        assertThat(batches.get(submitted.id()).counts()).containsEntry(JobStatus.CANCELLED, 3);
    }

    private static BatchSubmission batch(List<String> inputs) {
        return new BatchSubmission(
                "test",
                "batch",
                new Value.Obj(Map.of("items", Value.of(inputs.size()))),
                inputs.stream()
                        .map(i -> TestRuns.submission(TestRuns.TEMPLATE, "draft", i))
                        .toList());
    }
}
