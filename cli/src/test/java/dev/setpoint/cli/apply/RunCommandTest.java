package dev.setpoint.cli.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code setpoint run} without a server: the job service on the data directory's embedded database. */
class RunCommandTest {

    /** A template that can be resolved and estimated but declares no way to run. */
    private static final String PLAN_ONLY = """
            id: plan-only
            version: 1.0.0
            name: Plan only
            category: text_generation
            inputs:
              prompt: {type: string, required: true}
            resources: {cpu: 1, memory: 1}
            base_execution_time: 1
            cost_per_second: 0
            """;

    @TempDir
    Path dir;

    @Test
    void aBuiltinRunsInProcessAndPrintsItsStatusAndWhereItsOutputIs() throws IOException {
        Cli.Result result = new Cli(dir)
                .run(
                        "run",
                        "--template",
                        "noop",
                        "--quality",
                        "draft",
                        "--inputs",
                        "{\"prompt\": \"a lighthouse\"}",
                        "--data-dir",
                        "data")
                .succeedsWithProgress();

        Matcher times = Pattern.compile("job [0-9a-f-]{36} succeeded in ([0-9.]+) s \\(estimate ([0-9.]+) s\\)")
                .matcher(result.out());
        assertThat(times.find()).as(result.out()).isTrue();
        // Times to three significant digits: "in 0.000412 s (estimate 1.36 s)".
        for (int group = 1; group <= 2; group++) {
            assertThat(new BigDecimal(times.group(group)).stripTrailingZeros().precision())
                    .isLessThanOrEqualTo(3);
        }
        String output = result.out()
                .lines()
                .filter(line -> line.startsWith("  "))
                .findFirst()
                .orElseThrow();
        Path file = Path.of(output.substring(output.lastIndexOf("  ") + 2));
        assertThat(file).isRegularFile().startsWith(dir.resolve("data").toAbsolutePath());
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void aRunRecordsHistoryThatTheNextEstimateLearnsFromAfterThreeRuns() {
        for (int i = 0; i < 3; i++) {
            new Cli(dir)
                    .run("run", "--template", "noop", "--inputs", "{\"prompt\": \"x\"}", "--data-dir", "data")
                    .succeedsWithProgress();
        }

        assertThat(new Cli(dir)
                        .run(
                                "run",
                                "--template",
                                "noop",
                                "--inputs",
                                "{\"prompt\": \"x\"}",
                                "--data-dir",
                                "data",
                                "--json")
                        .succeedsWithProgress()
                        .out())
                .contains("\"estimate_source\": \"history\"");
        assertThat(new Cli(dir)
                        .run("estimate", "--template", "noop", "--data-dir", "data")
                        .succeeds()
                        .out())
                .contains("history of 4 runs");
        assertThat(new Cli(dir)
                        .run("estimate", "--accuracy", "--data-dir", "data")
                        .succeeds()
                        .out())
                .containsPattern("noop@1\\.0\\.0 +4 ");
        assertThat(new Cli(dir)
                        .run("estimate", "--accuracy", "--data-dir", "elsewhere")
                        .succeeds()
                        .out())
                .startsWith("No finished runs yet");
        assertThat(dir.resolve("elsewhere")).doesNotExist();
    }

    @Test
    void aTemplateThatCannotRunIsRefusedWithTheReasonBeforeAnythingStarts() throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/plan-only.yaml"), PLAN_ONLY);

        Cli.Result result = new Cli(dir)
                .run(
                        "run",
                        "--templates",
                        "templates",
                        "--template",
                        "plan-only",
                        "--inputs",
                        "{\"prompt\": \"a lighthouse\"}",
                        "--data-dir",
                        "data");

        result.failsWith(ExitCodes.CONFLICT);
        assertThat(result.err())
                .isEqualTo("setpoint: template: template plan-only@1.0.0 cannot run here: "
                        + "this template declares no way to run\n");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void badOptionsFailBeforeAnyDatabaseIsOpened() {
        new Cli(dir)
                .run("run", "--template", "sd-image", "--inputs", "[1]", "--data-dir", "data")
                .failsWith(ExitCodes.INVALID);
        new Cli(dir)
                .run("run", "--template", "nothing-here", "--data-dir", "data")
                .failsWith(ExitCodes.NOT_FOUND);
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedFailsInOneLineSayingWhichAndWhy() throws IOException {
        Files.writeString(dir.resolve("a-file"), "");

        Cli.Result result = new Cli(dir)
                .run("run", "--template", "noop", "--inputs", "{\"prompt\": \"x\"}", "--data-dir", "a-file/data");

        result.failsWith(ExitCodes.IO);
        assertThat(result.err())
                .startsWith("setpoint: cannot use the data directory " + dir.resolve("a-file/data"))
                .contains("--data-dir");
    }

    @Test
    void inputsTheTemplateRefusesAndADetachWithoutAServerFailInOneLineBeforeAnyWorkerStarts() {
        Cli.Result badInput = new Cli(dir)
                .run(
                        "run",
                        "--template",
                        "sd-image",
                        "--data-dir",
                        "data",
                        "--inputs",
                        "{\"prompt\": \"x\", \"steps\": -3}");
        badInput.failsWith(ExitCodes.INVALID);
        assertThat(badInput.err()).isEqualTo("setpoint: steps: -3 is below the minimum 1\n");

        Cli.Result detached = new Cli(dir)
                .run("run", "--template", "noop", "--data-dir", "data", "--inputs", "{\"prompt\": \"x\"}", "--detach");
        detached.failsWith(ExitCodes.USAGE);
        assertThat(detached.err())
                .startsWith("setpoint: --detach needs a server")
                .doesNotContain("\n\t");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void withoutAServerJobsListsAndShowsTheRunsOfTheDataDirectory() throws IOException {
        String id = new Cli(dir)
                .run("run", "--template", "noop", "--inputs", "{\"prompt\": \"x\"}", "--data-dir", "data")
                .succeedsWithProgress()
                .out()
                .lines()
                .findFirst()
                .orElseThrow()
                .split(" ")[1];

        String list = new Cli(dir)
                .run("jobs", "list", "--data-dir", "data")
                .succeeds()
                .out();
        assertThat(list).containsPattern(id + " +noop@1\\.0\\.0 +standard +succeeded ");
        assertThat(new Cli(dir)
                        .run("jobs", "list", "--data-dir", "data", "--status", "failed")
                        .succeeds()
                        .out())
                .doesNotContain(id);
        assertThat(new Cli(dir)
                        .run("jobs", "list", "--data-dir", "data", "--json")
                        .succeeds()
                        .out())
                .startsWith("[")
                .contains("\"id\": \"" + id + "\"");

        Cli.Result shown = new Cli(dir).run("jobs", "show", id, "--data-dir", "data", "--output-dir", "saved");
        shown.succeeds();
        assertThat(shown.out())
                .startsWith("job " + id + " succeeded in ")
                .contains(dir.resolve("saved").resolve("noop.txt").toString());
        assertThat(dir.resolve("saved/noop.txt")).exists();
    }

    @Test
    void withoutAServerJobsOfAnEmptyDirectoryAreNoneAndAnUnknownIdIsNotFound() {
        assertThat(new Cli(dir)
                        .run("jobs", "list", "--data-dir", "data")
                        .succeeds()
                        .out())
                .doesNotContain("noop");
        Cli.Result unknown = new Cli(dir).run("jobs", "show", "not-a-job", "--data-dir", "data");

        unknown.failsWith(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).isEqualTo("setpoint: id: no job not-a-job in " + dir.resolve("data") + "\n");
        new Cli(dir)
                .run("jobs", "list", "--data-dir", "data", "--status", "done")
                .failsWith(ExitCodes.INVALID);
        assertThat(dir.resolve("data")).doesNotExist();
    }
}
