package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.compare.Comparison;
import dev.setpoint.core.compare.LevelResult;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.BatchRecord;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobEnd;
import dev.setpoint.store.JobEstimate;
import dev.setpoint.store.JobOutput;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.NewBatch;
import dev.setpoint.store.NewJob;
import dev.setpoint.store.RunMeasurements;
import dev.setpoint.store.TestClock;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A comparison read back from its batch in a real SQLite store: the spec names the levels, the jobs measure them. */
class ComparisonsTest {

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

    @Test
    void eachLevelHasItsJobsFiguresCostAndMetricsAndAFailedOneItsError() {
        Map<String, Double> costs = new LinkedHashMap<>();
        costs.put("draft", 0.5);
        costs.put("standard", 1.0);
        costs.put("high", 2.0);
        Value.Obj spec = Comparisons.spec(
                "sd-image@1.0.0", (Value.Obj) Json.parse("{\"prompt\":\"a fox\",\"seed\":7}"), Value.of(7), costs);
        UUID chunk = UUID.randomUUID();
        List<NewJob> jobs = costs.keySet().stream().map(this::job).toList();
        BatchRecord batch = database.batches()
                .create(new NewBatch(
                        UUID.randomUUID(), null, null, "comparison", spec, jobs, List.of(chunk, chunk, chunk)));
        List<JobRecord> claimed =
                database.batches().claim(chunk, "w").orElseThrow().items();
        RunMeasurements twoSeconds = new RunMeasurements(2, 2, 1);
        database.batches()
                .finish(List.of(
                        JobEnd.succeeded(
                                claimed.get(0).id(),
                                1,
                                claimed.get(0).startedAt(),
                                twoSeconds,
                                (Value.Obj) Json.parse("{\"psnr\":21.5}"),
                                List.of(new JobOutput("image.png", "image/png", 10)),
                                ""),
                        JobEnd.failed(
                                claimed.get(1).id(), 1, claimed.get(1).startedAt(), twoSeconds, "no memory", "")));

        Comparison comparison = Comparisons.of(
                database.batches().find(batch.id()).orElseThrow(),
                database.batches().jobs(batch.id()),
                TemplateRegistry.builtin(),
                (job, name) -> "/files/" + name);

        assertThat(comparison.templateId()).isEqualTo("sd-image@1.0.0");
        assertThat(comparison.kind()).isEqualTo("comparison");
        assertThat(comparison.seed()).isEqualTo(7L);
        assertThat(comparison.metrics()).extracting(m -> m.name()).contains("psnr");
        List<LevelResult> results = comparison.results();
        assertThat(results).extracting(LevelResult::level).containsExactly("draft", "standard", "high");
        assertThat(results.get(0).run().runSeconds()).isEqualTo(2.0);
        assertThat(results.get(0).run().cost()).isEqualTo(1.0);
        assertThat(results.get(0).run().metrics()).containsEntry("psnr", 21.5);
        assertThat(results.get(0).outputs()).extracting(o -> o.url()).containsExactly("/files/image.png");
        assertThat(results.get(1).status()).isEqualTo("failed");
        assertThat(results.get(1).error()).isEqualTo("no memory");
        assertThat(results.get(1).run().runSeconds()).isNull();
        assertThat(results.get(2).status()).isEqualTo("running");
    }

    @Test
    void aTemplateNoLongerThereLeavesNoMetricsToJudge() {
        Value.Obj spec = Comparisons.spec("gone@1.0.0", new Value.Obj(Map.of()), Value.NULL, Map.of("draft", 1.0));
        BatchRecord batch = database.batches()
                .create(new NewBatch(
                        UUID.randomUUID(),
                        null,
                        null,
                        "comparison",
                        spec,
                        List.of(job("draft")),
                        List.of(UUID.randomUUID())));

        Comparison comparison = Comparisons.of(
                batch, database.batches().jobs(batch.id()), TemplateRegistry.builtin(), (job, name) -> name);

        assertThat(comparison.metrics()).isEmpty();
        assertThat(comparison.seed()).isNull();
        assertThat(comparison.results())
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo("queued"));
    }

    private NewJob job(String level) {
        return new NewJob(
                UUID.randomUUID(),
                null,
                "sd-image@1.0.0",
                level,
                1,
                List.of(),
                List.of(),
                new Value.Obj(Map.of()),
                new Value.Obj(Map.of()),
                new JobEstimate(1, 1, 1, "multipliers"),
                1);
    }
}
