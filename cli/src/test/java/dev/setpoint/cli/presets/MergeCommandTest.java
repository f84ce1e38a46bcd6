package dev.setpoint.cli.presets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's merge examples, run through the command line. */
class MergeCommandTest {

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void seedFiles() {
        cli = new Cli(dir);
        // Preset A as an export envelope, the B presets as bare preset objects: merge reads both.
        cli.file("a.json", """
                {"version": "1.0", "preset": {"name": "A",
                 "parameters": {"tp-size": [1, 2], "mem-fraction-static": [0.8]}}}
                """);
        cli.file("b.json", "{\"name\": \"B\", \"parameters\": {\"tp-size\": [4], \"schedule-policy\": [\"lpm\"]}}");
        cli.file("b2.json", "{\"name\": \"B\", \"parameters\": {\"tp-size\": [2, 4], \"schedule-policy\": [\"lpm\"]}}");
    }

    @Test
    void unionCombinesAndDeduplicatesEveryValue() {
        assertThat(cli.run("merge", "a.json", "b.json", "--json").succeeds().out())
                .isEqualTo("""
                {
                  "parameters": {
                    "tp-size": [1, 2, 4],
                    "mem-fraction-static": [0.8],
                    "schedule-policy": ["lpm"]
                  },
                  "applied_presets": ["A", "B"],
                  "conflicts": [],
                  "grid_size": 3
                }
                """);
    }

    @Test
    void intersectionKeepsCommonValuesAndReportsEveryDroppedParameter() {
        assertThat(cli.run("merge", "--strategy", "intersection", "a.json", "b2.json", "--json")
                        .succeeds()
                        .out())
                .isEqualTo("""
                {
                  "parameters": {
                    "tp-size": [2]
                  },
                  "applied_presets": ["A", "B"],
                  "conflicts": [
                    {
                      "parameter": "mem-fraction-static",
                      "reason": "missing_from_preset",
                      "preset": "B",
                      "previous_values": [0.8],
                      "new_values": [],
                      "message": "mem-fraction-static: dropped, B does not set it"
                    },
                    {
                      "parameter": "schedule-policy",
                      "reason": "missing_from_preset",
                      "preset": "A",
                      "previous_values": [],
                      "new_values": [],
                      "message": "schedule-policy: dropped, A does not set it"
                    }
                  ],
                  "grid_size": 1
                }
                """);
    }

    @Test
    void lastWinsOverridesAndReportsWhatItReplaced() {
        assertThat(cli.run("merge", "--strategy", "last_wins", "a.json", "b.json", "--json")
                        .succeeds()
                        .out())
                .isEqualTo("""
                {
                  "parameters": {
                    "tp-size": [4],
                    "mem-fraction-static": [0.8],
                    "schedule-policy": ["lpm"]
                  },
                  "applied_presets": ["A", "B"],
                  "conflicts": [
                    {
                      "parameter": "tp-size",
                      "reason": "overridden",
                      "preset": "B",
                      "overridden_by": "B",
                      "previous_values": [1, 2],
                      "new_values": [4],
                      "message": "tp-size: B overrides [1, 2] with [4]"
                    }
                  ],
                  "grid_size": 1
                }
                """);
    }

    @Test
    void systemPresetsAreNamedByIdOrNameAndShownAsTextForPeople() {
        assertThat(cli.run("merge", "--strategy", "intersection", "high-throughput", "Balanced")
                        .succeeds()
                        .out())
                .isEqualTo("""
                Merged High Throughput, Balanced (intersection)

                PARAMETER        VALUES
                tp-size          [2]
                schedule-policy  ["fcfs"]

                Conflicts:
                  mem-fraction-static: dropped, Balanced allows [0.85], none of [0.9]
                  enable-mixed-chunking: dropped, Balanced does not set it

                Grid size: 1
                """);
    }

    @Test
    void aBulkFileContributesAllItsPresetsInOrder() {
        cli.file("bulk.json", """
                {"version": "1.0", "presets": [{"name": "X", "parameters": {"tp-size": [8]}},
                 {"name": "Y", "parameters": {"tp-size": [16]}}]}
                """);

        assertThat(cli.run("merge", "bulk.json", "a.json", "--json").succeeds().out())
                .contains("\"tp-size\": [8, 16, 1, 2]")
                .contains("\"applied_presets\": [\"X\", \"Y\", \"A\"]");
    }

    @Test
    void aQualityPresetCannotBeMerged() {
        assertThat(cli.run("merge", "balanced", "high")
                        .failsWith(ExitCodes.INVALID)
                        .err())
                .isEqualTo("setpoint: high: 'High Quality' is a quality preset; merge combines parameter presets\n");
    }

    @Test
    void anUnknownPresetNameIsNotFoundAndAMissingFileIsAnIoError() {
        assertThat(cli.run("merge", "fastest").failsWith(ExitCodes.NOT_FOUND).err())
                .startsWith("setpoint: fastest: no such file, and no built-in preset has this id or name;");
        assertThat(cli.run("merge", "missing.json").failsWith(ExitCodes.IO).err())
                .isEqualTo("setpoint: missing.json: no such file\n");
    }

    @Test
    void aFileWithAHiddenCharacterInANameOrAShellStringAsParameterNameIsRefusedLinePerProblem() {
        cli.file("odd.json", "{\"name\": \"Fa\\u202Est\", \"parameters\": {\"$(id)\": [1], \"tp-size\": [2]}}");

        assertThat(cli.run("merge", "odd.json")
                        .failsWith(ExitCodes.INVALID)
                        .err()
                        .lines())
                .containsExactly(
                        "setpoint: odd.json: /name: contains U+202E RIGHT-TO-LEFT OVERRIDE at position 3; names may not "
                                + "hold control, invisible or formatting characters",
                        "setpoint: odd.json: /parameters/$(id): parameter names are 1 to 128 ASCII letters, digits, '_', "
                                + "'.' or '-', starting with a letter or '_' (tp-size, cfg_scale)");
    }

    @Test
    void anUnknownStrategyIsAUsageError() {
        assertThat(cli.run("merge", "--strategy", "UNION", "a.json")
                        .failsWith(ExitCodes.USAGE)
                        .err())
                .startsWith("setpoint: Invalid value for option '--strategy': unknown merge strategy 'UNION'")
                .hasLineCount(1);
    }
}
