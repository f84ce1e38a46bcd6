package dev.setpoint.cli.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Cli.Result result = new Cli(dir).run("run", "--template", "noop", "--quality", "draft",
                "--inputs", "{\"prompt\": \"a lighthouse\"}", "--data-dir", "data").succeedsWithProgress();

        assertThat(result.out()).containsPattern("job [0-9a-f-]{36} succeeded in [0-9.]+ s \\(estimate [0-9.]+ s\\)");
        String output = result.out().lines().filter(line -> line.startsWith("  ")).findFirst().orElseThrow();
        Path file = Path.of(output.substring(output.lastIndexOf("  ") + 2));
        assertThat(file).isRegularFile().startsWith(dir.resolve("data").toAbsolutePath());
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void aRunRecordsHistoryThatTheNextEstimateLearnsFromAfterThreeRuns() {
        for (int i = 0; i < 3; i++) {
            new Cli(dir).run("run", "--template", "noop", "--inputs", "{\"prompt\": \"x\"}", "--data-dir", "data")
                    .succeedsWithProgress();
        }

        assertThat(new Cli(dir).run("run", "--template", "noop", "--inputs", "{\"prompt\": \"x\"}",
                "--data-dir", "data", "--json").succeedsWithProgress().out()).contains("\"estimate_source\": \"history\"");
    }

    @Test
    void aTemplateThatCannotRunIsRefusedWithTheReasonBeforeAnythingStarts() throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/plan-only.yaml"), PLAN_ONLY);

        Cli.Result result = new Cli(dir).run("run", "--templates", "templates", "--template", "plan-only",
                "--inputs", "{\"prompt\": \"a lighthouse\"}", "--data-dir", "data");

        result.failsWith(ExitCodes.CONFLICT);
        assertThat(result.err()).isEqualTo("setpoint: template: template plan-only@1.0.0 cannot run here: "
                + "this template declares no way to run\n");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void badOptionsFailBeforeAnyDatabaseIsOpened() {
        new Cli(dir).run("run", "--template", "sd-image", "--inputs", "[1]", "--data-dir", "data")
                .failsWith(ExitCodes.INVALID);
        new Cli(dir).run("run", "--template", "nothing-here", "--data-dir", "data").failsWith(ExitCodes.NOT_FOUND);
        assertThat(dir.resolve("data")).doesNotExist();
    }
}
