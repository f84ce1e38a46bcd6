package dev.setpoint.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code setpoint tune} and {@code setpoint studies} against a server: the same lines as offline. */
class RemoteTuneTest {

    @TempDir
    Path dir;

    @Test
    void aStudyRunsOnTheServerWithALinePerTrialAndIsListedShownAndSavedThere() {
        Cli cli = new Cli(dir, TestServer.env());
        String space = space(cli);

        Cli.Result result = cli.run(
                "tune",
                "--template",
                "sd-image",
                "--quality",
                "draft",
                "--preset",
                space,
                "--input",
                "prompt=a fox",
                "--input",
                "width=64",
                "--input",
                "height=64",
                "--objective",
                "max psnr",
                "--trials",
                "3",
                "--name",
                space);

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).startsWith("warning: ").contains("4").contains("3");
        assertThat(result.out().lines().filter(l -> l.matches("[0-2] +succeeded +[0-9.]+ +steps=[12] sampler=.*")))
                .hasSize(3);
        assertThat(result.out()).contains("best: trial ");
        String id = result.out().replaceAll("(?s)^study ([0-9a-f-]{36}):.*", "$1");

        assertThat(cli.run("studies", "list").succeeds().out()).containsPattern(id + " +" + space + " +finished");
        assertThat(cli.run("studies", "show", id, "--json").succeeds().out())
                .contains("\"id\": \"" + id + "\"")
                .contains("\"grid_size\": 4");
        assertThat(cli.run("studies", "save-preset", id, "--name", "Best " + space, "--trial", "1")
                        .succeeds()
                        .out())
                .startsWith("saved parameter preset \"Best " + space + "\" -> id ");
        assertThat(cli.run("studies", "cancel", id)
                        .failsWith(ExitCodes.CONFLICT)
                        .err())
                .contains(id);
    }

    @Test
    void theServersProblemsAreReportedAtTheOptionsAndAnUnknownStudyIsNotFound() {
        Cli cli = new Cli(dir, TestServer.env());
        String space = space(cli);

        Cli.Result result = cli.run(
                        "tune", "--template", "sd-image", "--preset", space, "--objective", "max ssim", "--trials", "0")
                .failsWith(ExitCodes.INVALID);

        assertThat(result.err()).contains("setpoint: --objective 'max ssim': ").contains("setpoint: --trials: ");
        cli.run("studies", "show", UUID.randomUUID().toString()).failsWith(ExitCodes.NOT_FOUND);
    }

    /** A parameter preset of the image's steps and samplers imported to the server; its unique name. */
    private static String space(Cli cli) {
        String name = "Space " + UUID.randomUUID().toString().substring(0, 8);
        cli.file(
                "space.json",
                "{\"version\": \"1.0\", \"preset\": {\"name\": \"" + name + "\", \"category\": \"performance\", "
                        + "\"parameters\": {\"steps\": [1, 2], \"sampler\": [\"euler\", \"ddim\"]}}}");
        cli.run("import", "space.json").succeeds();
        return name;
    }
}
