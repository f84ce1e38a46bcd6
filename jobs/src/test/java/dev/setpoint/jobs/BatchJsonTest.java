package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.BatchRecord;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobEstimate;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.NewBatch;
import dev.setpoint.store.NewJob;
import dev.setpoint.store.TestClock;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch as the API and {@code setpoint batch --json} write it, from records a real SQLite store keeps. */
class BatchJsonTest {

    @TempDir
    Path dataDir;

    private final TestClock clock = new TestClock();
    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(Database.sqliteUrl(dataDir), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private BatchRecord batch(String kind, int items) {
        UUID chunk = UUID.randomUUID();
        List<NewJob> jobs = IntStream.range(0, items)
                .mapToObj(i -> new NewJob(
                        UUID.randomUUID(),
                        null,
                        "noop@1.0.0",
                        "draft",
                        1,
                        List.of(),
                        List.of(),
                        new Value.Obj(Map.of()),
                        new Value.Obj(Map.of()),
                        new JobEstimate(1.5, 1, 2, "multipliers"),
                        1))
                .toList();
        return database.batches()
                .create(new NewBatch(
                        UUID.randomUUID(),
                        null,
                        "nightly",
                        kind,
                        new Value.Obj(Map.of()),
                        jobs,
                        jobs.stream().map(j -> chunk).toList()));
    }

    @Test
    void aQueuedBatchCountsItsItemsEstimatesThemAndListsEachJobAtItsIndex() {
        BatchRecord batch = batch("batch", 2);
        List<JobRecord> jobs = database.batches().jobs(batch.id());

        Value.Obj document = BatchJson.write(batch, jobs, JobEvent::stored);

        String id = batch.id().toString();
        assertThat(Json.write(new Value.Obj(Map.of(
                        "counts", document.members().get("counts"),
                        "status", document.members().get("status"),
                        "estimate_seconds", document.members().get("estimate_seconds"),
                        "links", document.members().get("links")))))
                .isEqualTo(Json.write(new Value.Obj(Map.of(
                        "counts",
                        Json.parse("{\"queued\":2,\"running\":0,\"succeeded\":0,\"failed\":0,\"cancelled\":0}"),
                        "status",
                        Value.of("running"),
                        "estimate_seconds",
                        Value.of(3.0),
                        "links",
                        Json.parse("{\"self\":\"/api/batches/" + id + "\",\"events\":\"/api/batches/" + id
                                + "/events\",\"cancel\":\"/api/batches/" + id + "/cancel\"}")))));
        assertThat(document.members().keySet())
                .containsExactly(
                        "id",
                        "name",
                        "kind",
                        "created_at",
                        "items",
                        "counts",
                        "status",
                        "estimate_seconds",
                        "measured_seconds",
                        "jobs",
                        "links");
        List<Value> items = ((Value.Arr) document.members().get("jobs")).items();
        assertThat(items).hasSize(2);
        assertThat(((Value.Obj) items.get(1)).members().get("index")).isEqualTo(Value.of(1));
        assertThat(((Value.Obj) ((Value.Obj) items.get(1)).members().get("job"))
                        .members()
                        .get("id"))
                .isEqualTo(Value.of(jobs.get(1).id().toString()));
    }

    @Test
    void aCancelledBatchHasEndedCancelledAndItsEventSaysSo() {
        BatchRecord batch = batch("comparison", 3);
        database.batches().cancel(batch.id());
        BatchRecord cancelled = database.batches().find(batch.id()).orElseThrow();

        assertThat(Json.write(BatchJson.event(cancelled)))
                .isEqualTo("{\"id\":\"" + batch.id() + "\",\"counts\":{\"queued\":0,\"running\":0,"
                        + "\"succeeded\":0,\"failed\":0,\"cancelled\":3},\"status\":\"cancelled\","
                        + "\"measured_seconds\":0.0}");
        assertThat(((Value.Obj) BatchJson.summary(cancelled).members().get("links")).members())
                .containsEntry("comparison", Value.of("/api/comparisons/" + batch.id()));
    }
}
