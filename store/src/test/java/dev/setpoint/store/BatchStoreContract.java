package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Batches: stored all at once or not at all, counted, listed, cancelled, claimed by chunk. */
abstract class BatchStoreContract extends StoreContract {

    private static final RunMeasurements MEASURED = new RunMeasurements(0.5, 0.25, 1024);

    @Test
    void aBatchIsStoredWithAllItsJobsQueuedInItemOrder() {
        Viewer owner = newUser();
        NewBatch batch = batch(owner.userId(), 5, 2);

        BatchRecord created = db.batches().create(batch);

        BatchRecord found = db.batches().find(owner, batch.id()).orElseThrow();
        assertThat(found).isEqualTo(created);
        assertThat(found.items()).isEqualTo(5);
        assertThat(found.counts()).containsEntry(JobStatus.QUEUED, 5).containsEntry(JobStatus.SUCCEEDED, 0);
        assertThat(found.estimateSeconds()).isEqualTo(5 * 1.5);
        assertThat(found.measuredSeconds()).isZero();
        assertThat(found.createdAt()).isEqualTo(clock.instant());
        assertThat(found.spec()).isEqualTo(batch.spec());
        assertThat(found.name()).isEqualTo("five");
        assertThat(found.ended()).isFalse();
        assertThat(db.batches().jobs(batch.id())).extracting(JobRecord::job).containsExactlyElementsOf(batch.jobs());
        assertThat(db.jobs().find(batch.jobs().get(3).id()).orElseThrow().status())
                .isEqualTo(JobStatus.QUEUED);
    }

    @Test
    void aThousandJobsAreStoredInOneTransaction() {
        NewBatch batch = batch(newUser().userId(), 1000, 100);

        db.batches().create(batch);

        assertThat(db.batches().jobs(batch.id())).hasSize(1000);
        assertThat(db.batches().find(batch.id()).orElseThrow().counts()).containsEntry(JobStatus.QUEUED, 1000);
    }

    @Test
    void anInvalidItemStoresNothing() {
        Viewer owner = newUser();
        NewBatch valid = batch(owner.userId(), 4, 2);
        List<NewJob> jobs = new ArrayList<>(valid.jobs());
        // Level 5 breaks the table's own check, at the third item: the first two were inserted already.
        NewJob invalid = jobs.get(2);
        jobs.set(2, withLevel(invalid, 5));
        NewBatch batch = new NewBatch(
                valid.id(), valid.ownerId(), valid.name(), valid.kind(), valid.spec(), jobs, valid.chunks());

        assertThatThrownBy(() -> db.batches().create(batch)).isInstanceOf(RuntimeException.class);

        assertNothingStored(batch);
    }

    @Test
    void aBatchWhoseInsertFailsMidwayStoresNothing() {
        Viewer owner = newUser();
        NewJob existing = job(owner.userId(), 0);
        db.jobs().create(existing);
        NewBatch valid = batch(owner.userId(), 6, 3);
        List<NewJob> jobs = new ArrayList<>(valid.jobs());
        // The fifth item's id is taken: the insert fails after four of its rows.
        jobs.set(4, existing);
        NewBatch batch = new NewBatch(
                valid.id(), valid.ownerId(), valid.name(), valid.kind(), valid.spec(), jobs, valid.chunks());

        assertThatThrownBy(() -> db.batches().create(batch)).isInstanceOf(RuntimeException.class);

        assertNothingStored(batch);
        assertThat(db.jobs().find(existing.id())).isPresent();
    }

    private void assertNothingStored(NewBatch batch) {
        assertThat(db.batches().find(batch.id())).isEmpty();
        assertThat(db.batches().jobs(batch.id())).isEmpty();
        for (NewJob job : batch.jobs().subList(0, 2)) {
            assertThat(db.jobs().find(job.id())).isEmpty();
        }
    }

    @Test
    void batchesAreListedNewestFirstToTheirOwnerOnly() {
        Viewer owner = newUser();
        Viewer other = newUser();
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(db.batches().create(batch(owner.userId(), 1, 1)).id());
            clock.advance(Duration.ofSeconds(1));
        }
        db.batches().create(batch(other.userId(), 2, 1));
        Collections.reverse(created);

        Page<BatchRecord> all = db.batches().list(owner, 0, 50);
        assertThat(all.items()).extracting(BatchRecord::id).containsExactlyElementsOf(created);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).allSatisfy(b -> assertThat(b.counts()).containsEntry(JobStatus.QUEUED, 1));
        Page<BatchRecord> second = db.batches().list(owner, 1, 1);
        assertThat(second.items()).extracting(BatchRecord::id).containsExactly(created.get(1));
        assertThat(second.total()).isEqualTo(3);
        assertThat(db.batches().find(other, created.get(0))).isEmpty();
        assertThat(db.batches().find(new Viewer(other.userId(), true), created.get(0)))
                .isEmpty();
        assertThat(db.batches().list(other, 0, 50).items())
                .singleElement()
                .satisfies(b -> assertThat(b.counts()).containsEntry(JobStatus.QUEUED, 2));
    }

    @Test
    void batchesOfNoUserAreListedApartFromEveryUsersBatches() {
        TestClock time = new TestClock();
        try (Database fresh = Database.open(newDatabaseUrl(), time)) {
            Viewer owner = Viewer.of(fresh.users().createUser(unique("user"), null, Role.USER));
            fresh.batches().create(batch(owner.userId(), 1, 1));
            NewBatch first = batch(null, 2, 1);
            fresh.batches().create(first);
            time.advance(Duration.ofSeconds(1));
            NewBatch second = batch(null, 1, 1);
            fresh.batches().create(second);

            Page<BatchRecord> ownerless = fresh.batches().listOwnerless(0, 50);
            assertThat(ownerless.items()).extracting(BatchRecord::id).containsExactly(second.id(), first.id());
            assertThat(ownerless.total()).isEqualTo(2);
            assertThat(fresh.batches().find(first.id()).orElseThrow().ownerId()).isNull();
        }
    }

    @Test
    void aCancelEndsEveryUnfinishedItemAndNoneOther() {
        NewBatch batch = batch(newUser().userId(), 4, 4);
        db.batches().create(batch);
        UUID chunk = batch.chunks().get(0);
        List<JobRecord> claimed = db.batches().claim(chunk, "w").orElseThrow().items();
        JobRecord done = claimed.get(0);
        assertThat(db.batches().finish(List.of(succeeded(done)))).hasSize(1);

        List<BatchStore.CancelledItem> cancelled = db.batches().cancel(batch.id());

        assertThat(cancelled)
                .extracting(BatchStore.CancelledItem::jobId)
                .containsExactlyInAnyOrderElementsOf(ids(batch.jobs().subList(1, 4)));
        assertThat(cancelled).extracting(BatchStore.CancelledItem::chunkId).containsOnly(chunk);
        BatchRecord found = db.batches().find(batch.id()).orElseThrow();
        assertThat(found.counts())
                .containsEntry(JobStatus.SUCCEEDED, 1)
                .containsEntry(JobStatus.CANCELLED, 3)
                .containsEntry(JobStatus.RUNNING, 0);
        assertThat(found.ended()).isTrue();
        assertThat(found.measuredSeconds()).isEqualTo(MEASURED.runSeconds());
        // The items claimed before the cancel cannot record an end, and are never claimed again.
        assertThat(db.batches().finish(List.of(succeeded(claimed.get(1))))).isEmpty();
        assertThat(db.batches().claim(chunk, "w")).isEmpty();
        assertThat(db.batches().cancel(batch.id())).isEmpty();
    }

    @Test
    void aClaimTakesTheChunksUnfinishedItemsInOrderWithANewAttempt() {
        NewBatch batch = batch(newUser().userId(), 6, 3);
        db.batches().create(batch);
        UUID chunk = batch.chunks().get(3);
        clock.advance(Duration.ofMillis(500));

        BatchStore.ClaimedChunk first = db.batches().claim(chunk, "dead").orElseThrow();

        assertThat(first.batchId()).isEqualTo(batch.id());
        assertThat(first.items())
                .extracting(JobRecord::job)
                .containsExactlyElementsOf(batch.jobs().subList(3, 6));
        assertThat(first.items()).allSatisfy(job -> {
            assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
            assertThat(job.attempt()).isEqualTo(1);
            assertThat(job.worker()).isEqualTo("dead");
            assertThat(job.queueWaitSeconds()).isEqualTo(0.5);
        });
        assertThat(db.batches().finish(List.of(succeeded(first.items().get(0)))))
                .hasSize(1);

        BatchStore.ClaimedChunk again = db.batches().claim(chunk, "alive").orElseThrow();

        assertThat(again.items())
                .extracting(JobRecord::id)
                .containsExactlyElementsOf(ids(batch.jobs().subList(4, 6)));
        assertThat(again.items()).allSatisfy(job -> assertThat(job.attempt()).isEqualTo(2));
        // The superseded attempt's ends are refused; the current one's are recorded, all in one call.
        List<JobEnd> late =
                first.items().subList(1, 3).stream().map(this::succeeded).toList();
        assertThat(db.batches().finish(late)).isEmpty();
        JobEnd failed = JobEnd.failed(
                again.items().get(1).id(),
                2,
                again.items().get(1).startedAt(),
                MEASURED,
                "x".repeat(JdbcJobStore.MAX_ERROR_CHARS + 10),
                "log");
        List<JobEnd> current = List.of(succeeded(again.items().get(0)), failed);
        assertThat(db.batches().finish(current)).containsExactlyElementsOf(current);
        assertThat(db.batches().claim(chunk, "alive")).isEmpty();
        assertThat(db.batches().claim(batch.chunks().get(0), "w").orElseThrow().items())
                .hasSize(3);
        BatchRecord found = db.batches().find(batch.id()).orElseThrow();
        assertThat(found.counts())
                .containsEntry(JobStatus.SUCCEEDED, 2)
                .containsEntry(JobStatus.FAILED, 1)
                .containsEntry(JobStatus.RUNNING, 3);
        assertThat(found.measuredSeconds()).isEqualTo(3 * MEASURED.runSeconds());
        JobRecord failedJob = db.jobs().find(failed.id()).orElseThrow();
        assertThat(failedJob.error()).hasSize(JdbcJobStore.MAX_ERROR_CHARS);
        assertThat(failedJob.log()).isEqualTo("log");
    }

    @Test
    void aSweepFindsChunksLeftUnfinishedAndNeverTheirItemsAsSingleJobs() {
        TestClock time = new TestClock();
        try (Database fresh = Database.open(newDatabaseUrl(), time)) {
            NewBatch old = batch(null, 4, 2);
            fresh.batches().create(old);
            NewJob single = job(null, 0);
            fresh.jobs().create(single);
            fresh.batches().claim(old.chunks().get(0), "w");
            time.advance(Duration.ofSeconds(30));
            NewBatch recent = batch(null, 2, 1);
            fresh.batches().create(recent);
            NewBatch ended = batch(null, 1, 1);
            fresh.batches().create(ended);
            fresh.batches().cancel(ended.id());
            time.advance(Duration.ofSeconds(31));

            assertThat(fresh.batches().unfinishedChunksLongerThan(Duration.ofSeconds(60), 10))
                    .containsExactlyInAnyOrder(old.chunks().get(0), old.chunks().get(2));
            assertThat(fresh.batches().unfinishedChunksLongerThan(Duration.ofSeconds(60), 1))
                    .hasSize(1);
            // The recent batch's two chunks too, but not the cancelled one's.
            assertThat(fresh.batches().unfinishedChunksLongerThan(Duration.ofSeconds(10), 10))
                    .hasSize(4)
                    .doesNotContain(ended.chunks().get(0));
            assertThat(fresh.jobs().unfinishedLongerThan(Duration.ofSeconds(10), 10))
                    .containsExactly(single.id());
        }
    }

    private JobEnd succeeded(JobRecord job) {
        return JobEnd.succeeded(
                job.id(), job.attempt(), job.startedAt(), MEASURED, new Value.Obj(Map.of()), List.of(), "ok");
    }

    private static List<UUID> ids(List<NewJob> jobs) {
        return jobs.stream().map(NewJob::id).toList();
    }

    /** {@code items} jobs in chunks of {@code perChunk} consecutive items. */
    private static NewBatch batch(Long ownerId, int items, int perChunk) {
        List<NewJob> jobs = new ArrayList<>();
        List<UUID> chunks = new ArrayList<>();
        UUID chunk = UUID.randomUUID();
        for (int i = 0; i < items; i++) {
            if (i % perChunk == 0) {
                chunk = UUID.randomUUID();
            }
            jobs.add(job(ownerId, i));
            chunks.add(chunk);
        }
        Value.Obj spec = new Value.Obj(Map.of("name", Value.of("five")));
        return new NewBatch(UUID.randomUUID(), ownerId, "five", "batch", spec, jobs, chunks);
    }

    private static NewJob job(Long ownerId, int index) {
        Value.Obj inputs = (Value.Obj) Json.parse("{\"prompt\": \"item " + index + "\"}");
        return new NewJob(
                UUID.randomUUID(),
                ownerId,
                "noop@1.0.0",
                "draft",
                1,
                List.of(),
                List.of(),
                inputs,
                inputs,
                new JobEstimate(1.5, 1, 2, "multipliers"),
                1);
    }

    private static NewJob withLevel(NewJob job, int level) {
        return new NewJob(
                job.id(),
                job.ownerId(),
                job.templateRef(),
                job.quality(),
                level,
                job.presetIds(),
                job.presetRevisions(),
                job.inputs(),
                job.parameters(),
                job.estimate(),
                job.workUnits());
    }
}
