package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobEnd;
import dev.setpoint.store.JobEstimate;
import dev.setpoint.store.JobOutput;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import dev.setpoint.store.NewJob;
import dev.setpoint.store.PresetRevision;
import dev.setpoint.store.RunMeasurements;
import dev.setpoint.store.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job as the API and {@code setpoint run --json} write it, from records a real SQLite store keeps. */
class JobJsonTest {

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
    void aSucceededJobNamesWhereItCameFromWhatItWasPromisedWhatItMeasuredAndWhereItsOutputsAre() {
        UUID id = UUID.randomUUID();
        database.jobs()
                .create(new NewJob(
                        id,
                        null,
                        "test-run@1.0.0",
                        "fast",
                        2,
                        List.of(1001L),
                        List.of(new PresetRevision(1001, "fast", 4)),
                        (Value.Obj) Json.parse("{\"millis\": 10}"),
                        (Value.Obj) Json.parse("{\"millis\": 10, \"seed\": 3}"),
                        new JobEstimate(2.5, 2, 3.75, "history"),
                        11));
        clock.advance(Duration.ofMillis(250));
        JobRecord started = database.jobs().start(id, "worker-a").orElseThrow();
        clock.advance(Duration.ofMillis(1500));
        database.jobs()
                .finish(JobEnd.succeeded(
                        id,
                        started.attempt(),
                        started.startedAt(),
                        new RunMeasurements(1.5, 1.25, 4096),
                        (Value.Obj) Json.parse("{\"psnr\": 31.5, \"output_bytes\": 41}"),
                        List.of(new JobOutput("out.txt", "text/plain", 41)),
                        "wrote it"));
        JobRecord job = database.jobs().find(id).orElseThrow();

        Value.Obj written = JobJson.write(job, JobEvent.stored(job), true);

        assertThat(Json.write(written))
                .isEqualTo(("{\"id\":\"%s\",\"status\":\"succeeded\","
                                + "\"template\":\"test-run@1.0.0\",\"quality\":\"fast\",\"level\":2,\"preset_ids\":[1001],"
                                + "\"preset_revisions\":[{\"id\":1001,\"slug\":\"fast\",\"revision\":4}],"
                                + "\"inputs\":{\"millis\":10},\"parameters\":{\"millis\":10,\"seed\":3},"
                                + "\"estimate\":2.5,\"estimate_low\":2.0,\"estimate_high\":3.75,\"estimate_source\":\"history\","
                                + "\"work_units\":11.0,"
                                + "\"progress\":{\"status\":\"succeeded\",\"stage\":\"succeeded\",\"percent\":100.0,\"eta_seconds\":null},"
                                + "\"created_at\":\"2026-01-01T00:00:00Z\",\"started_at\":\"2026-01-01T00:00:00.250Z\","
                                + "\"finished_at\":\"2026-01-01T00:00:01.750Z\",\"queue_wait_seconds\":0.25,"
                                + "\"run_seconds\":1.5,\"cpu_seconds\":1.25,\"peak_memory_bytes\":4096,"
                                + "\"metrics\":{\"psnr\":31.5,\"output_bytes\":41},"
                                + "\"outputs\":[{\"name\":\"out.txt\",\"media_type\":\"text/plain\",\"bytes\":41,"
                                + "\"url\":\"/api/jobs/%s/outputs/out.txt\"}],"
                                + "\"error\":null,\"attempt\":1,\"log\":\"wrote it\"}")
                        .formatted(id, id));
    }

    @Test
    void aQueuedJobHasNoTimesOrMeasurementsYetAndListsLeaveTheLogOut() {
        UUID id = UUID.randomUUID();
        database.jobs().create(StrandedJobsTest.job(id));
        JobRecord job = database.jobs().find(id).orElseThrow();

        Value.Obj written = JobJson.write(job, JobEvent.stored(job), false);

        assertThat(written.members()).doesNotContainKey("log");
        assertThat(written.members())
                .containsEntry("status", Value.of("queued"))
                .containsEntry("started_at", Value.NULL)
                .containsEntry("finished_at", Value.NULL)
                .containsEntry("run_seconds", Value.NULL)
                .containsEntry("cpu_seconds", Value.NULL)
                .containsEntry("peak_memory_bytes", Value.NULL)
                .containsEntry("metrics", new Value.Obj(Map.of()))
                .containsEntry("outputs", Value.arr(List.of()));
        assertThat(Json.write(written.members().get("progress")))
                .isEqualTo("{\"status\":\"queued\",\"stage\":\"queued\",\"percent\":0.0,\"eta_seconds\":1.0}");
    }

    @Test
    void anEventHasItsPercentAndSecondsLeftToATenth() {
        JobEvent event = new JobEvent(UUID.randomUUID(), JobStatus.RUNNING, "waiting", 0.12345, 12.345);

        assertThat(Json.write(JobJson.event(event)))
                .isEqualTo("{\"status\":\"running\",\"stage\":\"waiting\",\"percent\":12.3,\"eta_seconds\":12.3}");
    }
}
