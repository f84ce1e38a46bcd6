package dev.setpoint.cli.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobEnd;
import dev.setpoint.store.JobEstimate;
import dev.setpoint.store.NewJob;
import dev.setpoint.store.RunMeasurements;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code setpoint jobs list} without a server: its filters and sorts on jobs recorded in the data
 * directory's database (as {@code setpoint run} would have, with metrics chosen here), and their
 * metrics in the list and in {@code jobs show}.
 */
class JobsListOptionsTest {

    @TempDir
    Path dir;

    private UUID sharp;
    private UUID soft;
    private UUID unmeasured;

    @BeforeEach
    void seed() {
        try (Database database = Database.open(Database.sqliteUrl(dir.resolve("data")), Clock.systemUTC())) {
            sharp = succeeded(
                    database,
                    "sd-image@1.0.0",
                    "high",
                    List.of(1L),
                    3.0,
                    "{\"psnr\": 41.25, \"output_bytes\": 412345}");
            soft = succeeded(database, "gone@1.0.0", "draft", List.of(11L), 1.0, "{\"psnr\": 28.5}");
            unmeasured = succeeded(database, "noop@1.0.0", "draft", List.of(), 2.0, "{}");
        }
    }

    /** Units as the template declares them; a metric it does not declare, or a template that is gone, has none. */
    @Test
    void theListShowsEachJobsMetricsWithTheirUnitsAndAJobWithoutAny() {
        String list = list();

        assertThat(list).containsPattern(sharp + " .* psnr=41.25 dB, output_bytes=412345\n");
        assertThat(list).containsPattern(soft + " .* psnr=28.5\n");
        assertThat(list).containsPattern(unmeasured + " .* -\n");
    }

    @Test
    void qualityPresetAndAMetricsRangeFilter() {
        assertThat(ids(list("--quality", "draft"))).containsExactlyInAnyOrder(soft, unmeasured);
        assertThat(ids(list("--preset", "1"))).containsExactly(sharp);
        assertThat(ids(list("--metric", "psnr", "--min", "30"))).containsExactly(sharp);
        assertThat(ids(list("--metric", "psnr", "--max", "41.25"))).containsExactlyInAnyOrder(sharp, soft);
    }

    @Test
    void aMetricOrRunTimeSortsEitherWayWithJobsWithoutTheValueLast() {
        assertThat(ids(list("--metric", "psnr", "--sort", "metric", "--order", "asc")))
                .containsExactly(soft, sharp, unmeasured);
        assertThat(ids(list("--metric", "psnr", "--sort", "metric"))).containsExactly(sharp, soft, unmeasured);
        assertThat(ids(list("--sort", "run_seconds", "--order", "asc"))).containsExactly(soft, unmeasured, sharp);
    }

    @Test
    void showPrintsTheMetricsUnderTheSummary() {
        String shown = new Cli(dir)
                .run("jobs", "show", sharp.toString(), "--data-dir", "data")
                .succeeds()
                .out();

        assertThat(shown)
                .startsWith("job " + sharp + " succeeded in 3 s")
                .endsWith("\n  metrics: psnr=41.25 dB, output_bytes=412345\n");
    }

    @Test
    void aBadOptionIsOneLineNamingItAndNothingIsListed() {
        assertOneLine(new String[] {"--sort", "size"}, "setpoint: sort: sort must be created, run_seconds or metric");
        assertOneLine(new String[] {"--order", "up"}, "setpoint: order: order must be desc or asc, not 'up'");
        assertOneLine(new String[] {"--min", "1"}, "setpoint: metric: name the metric");
        assertOneLine(new String[] {"--metric", "PSNR", "--sort", "metric"}, "setpoint: metric: metric must be");
        assertOneLine(
                new String[] {"--metric", "psnr", "--min", "2", "--max", "1"},
                "setpoint: min: min (2.0) must not be more than max (1.0)");
    }

    private void assertOneLine(String[] options, String message) {
        Cli.Result result = new Cli(dir).run(command(options)).failsWith(ExitCodes.INVALID);
        assertThat(result.err()).startsWith(message).hasLineCount(1);
        assertThat(result.out()).isEmpty();
    }

    private String list(String... options) {
        return new Cli(dir).run(command(options)).succeeds().out();
    }

    private static String[] command(String... options) {
        String[] command = new String[options.length + 4];
        command[0] = "jobs";
        command[1] = "list";
        command[2] = "--data-dir";
        command[3] = "data";
        System.arraycopy(options, 0, command, 4, options.length);
        return command;
    }

    private static List<UUID> ids(String list) {
        Matcher id = Pattern.compile("(?m)^([0-9a-f-]{36}) ").matcher(list);
        return id.results().map(m -> UUID.fromString(m.group(1))).toList();
    }

    private static UUID succeeded(
            Database database, String template, String quality, List<Long> presets, double runSeconds, String metrics) {
        Value.Obj inputs = (Value.Obj) Json.parse("{\"prompt\": \"x\"}");
        UUID id = UUID.randomUUID();
        database.jobs()
                .create(new NewJob(
                        id,
                        null,
                        template,
                        quality,
                        1,
                        presets,
                        List.of(),
                        inputs,
                        inputs,
                        new JobEstimate(1, 1, 1, "multipliers"),
                        1));
        int attempt = database.jobs().start(id, "cli-test").orElseThrow().attempt();
        database.jobs()
                .finish(JobEnd.succeeded(
                        id,
                        attempt,
                        database.jobs().find(id).orElseThrow().startedAt(),
                        new RunMeasurements(runSeconds, runSeconds, 1),
                        (Value.Obj) Json.parse(metrics),
                        List.of(),
                        ""));
        return id;
    }
}
