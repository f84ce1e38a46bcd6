package dev.setpoint.cli.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAndEstimateTest {

    @TempDir
    Path dir;

    @Test
    void aFittingPresetIsCompatible() {
        assertThat(new Cli(dir)
                        .run("check", "--template", "sd-image", "--quality", "ultra")
                        .succeeds()
                        .out())
                .isEqualTo("compatible\n");
    }

    @Test
    void anIncompatiblePresetExitsFiveWithEveryReason() {
        Cli cli = new Cli(dir);
        cli.file("wild.json", "{\"name\": \"Wild\", \"parameters\": {\"steps\": [500], \"tp-size\": [2]}}");

        Cli.Result result = cli.run("check", "--template", "sd-image", "--preset", "wild.json");

        assertThat(result.exit()).isEqualTo(ExitCodes.INCOMPATIBLE);
        assertThat(result.out())
                .startsWith("incompatible\n\n")
                .containsPattern("(?m)^invalid_value +Wild +steps +500 is above the maximum 150$")
                .containsPattern(
                        "(?m)^unknown_parameter +Wild +tp-size +template sd-image@1.0.0 has no input 'tp-size'$");
    }

    @Test
    void checkAsJsonListsCodeSourceParameterAndMessage() {
        Cli cli = new Cli(dir);
        cli.file("wild.json", "{\"name\": \"Wild\", \"parameters\": {\"steps\": [500]}}");

        Cli.Result result = cli.run("check", "--template", "sd-image", "--preset", "wild.json", "--json");

        assertThat(result.exit()).isEqualTo(ExitCodes.INCOMPATIBLE);
        assertThat(result.out()).isEqualTo("""
                {
                  "compatible": false,
                  "reasons": [
                    {
                      "code": "invalid_value",
                      "source": "Wild",
                      "parameter": "steps",
                      "message": "500 is above the maximum 150"
                    }
                  ]
                }
                """);
    }

    @Test
    void estimateGivesTimeRangeCostAndScaledResources() {
        assertThat(new Cli(dir)
                        .run("estimate", "--template", "sd-image", "--quality", "high")
                        .succeeds()
                        .out())
                .isEqualTo("""
                template   sd-image@1.0.0
                quality    high (High Quality, level 3)
                time       1.25 s expected (1 s to 1.88 s)
                basis      multipliers (no run history yet)
                cost       0.0004 cost units
                resources  cpu 3, memory 12 GiB, gpu 1, vram 12 GiB
                """);
    }

    @Test
    void estimateCountsTheRunsSoFarInWords() {
        new Cli(dir)
                .run("run", "--template", "noop", "--inputs", "{\"prompt\": \"x\"}", "--data-dir", "data")
                .succeedsWithProgress();
        assertThat(new Cli(dir)
                        .run("estimate", "--template", "noop", "--data-dir", "data")
                        .succeeds()
                        .out())
                .contains("basis      multipliers (1 run so far: too few to learn from)");
        new Cli(dir)
                .run("run", "--template", "noop", "--inputs", "{\"prompt\": \"x\"}", "--data-dir", "data")
                .succeedsWithProgress();
        assertThat(new Cli(dir)
                        .run("estimate", "--template", "noop", "--data-dir", "data")
                        .succeeds()
                        .out())
                .contains("basis      multipliers (2 runs so far: too few to learn from)");
    }

    /** Twice the width and height: four times the pixels to render, so about four times the time. */
    @Test
    void estimateFollowsTheInputsAndPresets() {
        String larger = new Cli(dir)
                .run(
                        "estimate",
                        "--template",
                        "sd-image",
                        "--quality",
                        "high",
                        "--inputs",
                        "{\"width\": 1536, \"height\": 1536}")
                .succeeds()
                .out();

        assertThat(larger).contains("time       5 s expected (4 s to 7.5 s)");
        assertThat(new Cli(dir)
                        .run("estimate", "--template", "sd-image", "--quality", "high", "--inputs", "{\"steps\": -1}")
                        .failsWith(ExitCodes.INVALID)
                        .err())
                .contains("steps");
    }

    @Test
    void estimateAsJsonUsesSnakeCase() {
        assertThat(new Cli(dir)
                        .run("estimate", "--template", "sd-image", "--quality", "draft", "--json")
                        .succeeds()
                        .out())
                .isEqualTo("""
                {
                  "template": "sd-image@1.0.0",
                  "quality": "draft",
                  "level": 1,
                  "expected_seconds": 0.15,
                  "min_seconds": 0.12,
                  "max_seconds": 0.225,
                  "cost": 0.00005,
                  "resources": {
                    "cpu": 1.0,
                    "memory": 4.8,
                    "gpu": 1.0,
                    "vram": 5.6
                  },
                  "basis": "multipliers",
                  "runs_used": 0
                }
                """);
    }

    @Test
    void estimateTextRoundsForPeopleAndSaysTheUnitOfCost() {
        assertThat(new Cli(dir)
                        .run("estimate", "--template", "sd-image", "--quality", "draft")
                        .succeeds()
                        .out())
                .contains("time       0.15 s expected (0.12 s to 0.225 s)")
                .contains("cost       0.00005 cost units")
                .contains("resources  cpu 1, memory 4.8 GiB, gpu 1, vram 5.6 GiB");
    }

    @Test
    void accuracyOfflineSaysThereAreNoRunsAndWhereTheyAreRecorded() {
        assertThat(new Cli(dir).run("estimate", "--accuracy").succeeds().out())
                .isEqualTo("No finished runs yet: "
                        + "estimates stand on the multipliers until a template has 3 runs. Runs are recorded by setpoint run "
                        + "in the data directory (--data-dir), and by a server's jobs (--server).\n");
    }

    @Test
    void accuracyAsJsonHasNullFiguresWithoutRuns() {
        assertThat(new Cli(dir)
                        .run("estimate", "--accuracy", "--json")
                        .succeeds()
                        .out())
                .contains("\"templates\": []")
                .contains("\"median_error_percent\": null");
    }

    @Test
    void anEstimateStillNeedsATemplate() {
        assertThat(new Cli(dir)
                        .run("estimate", "--quality", "high")
                        .failsWith(ExitCodes.USAGE)
                        .err())
                .contains("Missing required option: '--template=T'");
    }
}
