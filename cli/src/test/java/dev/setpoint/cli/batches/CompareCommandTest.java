package dev.setpoint.cli.batches;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code setpoint compare} without a server. */
class CompareCommandTest {

    @TempDir
    Path dir;

    @Test
    void twoImageLevelsPrintTheAnalysisTableAndTheOutputFiles() {
        Cli.Result result = new Cli(dir)
                .run(
                        "compare",
                        "--template",
                        "sd-image",
                        "--inputs",
                        "{\"prompt\": \"a fox\", \"width\": 64, \"height\": 64}",
                        "--levels",
                        "draft,standard",
                        "--seed",
                        "9",
                        "--data-dir",
                        "data")
                .succeeds();

        assertThat(result.out())
                .containsPattern("comparison [0-9a-f-]{36} of sd-image@1.0.0, seed 9")
                .containsPattern("LEVEL +STATUS")
                .contains("PSNR (GAIN/S)")
                .containsPattern("standard +succeeded +[0-9.]+ s +1x");
        String file = result.out()
                .lines()
                .filter(l -> l.startsWith("draft: "))
                .findFirst()
                .orElseThrow()
                .substring("draft: ".length());
        assertThat(Files.isRegularFile(Path.of(file))).as(file).isTrue();
    }

    @Test
    void badLevelsAndInputsAreOneLineEachAndNothingRuns() {
        Cli cli = new Cli(dir);

        Cli.Result result = cli.run("compare", "--template", "noop", "--levels", "draft,bogus", "--data-dir", "data")
                .failsWith(ExitCodes.INVALID);
        assertThat(result.err()).contains("--levels");
        cli.run("compare", "--template", "noop", "--inputs", "[1]", "--data-dir", "data")
                .failsWith(ExitCodes.INVALID);
        cli.run("compare", "--template", "noop", "--quality-presets", "7", "--data-dir", "data")
                .failsWith(ExitCodes.USAGE);
        assertThat(Files.exists(dir.resolve("data/setpoint.db"))).isFalse();
    }
}
