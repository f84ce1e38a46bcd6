package dev.setpoint.cli.presets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportTest {

    @TempDir
    Path dir;

    @Test
    void oneExportedPresetGoesToPresetNameJsonInTheSeedsEnvelope() {
        Cli cli = new Cli(dir);

        assertThat(cli.run("export", "high-throughput").succeeds().out())
                .isEqualTo("wrote High Throughput to preset-High Throughput.json\n");

        assertThat(cli.read("preset-High Throughput.json")).startsWith("""
                {
                  "version": "1.0",
                  "preset": {
                    "id": "high-throughput",
                    "name": "High Throughput",
                """).endsWith("}\n");
    }

    @Test
    void anExportedFileImportsBackToTheSamePreset() {
        Cli cli = new Cli(dir);
        cli.run("export", "Memory Efficient").succeeds();

        Cli.Result imported = cli.run("import", "preset-Memory Efficient.json", "--output-dir", "out")
                .succeeds();

        assertThat(imported.out())
                .isEqualTo("preset-Memory Efficient.json: imported parameter preset "
                        + "\"Memory Efficient\" -> out/preset-Memory Efficient.json\n");
        // Import reads any preset as a user preset: the round trip keeps everything but is_system.
        assertThat(cli.read("out/preset-Memory Efficient.json"))
                .isEqualTo(cli.read("preset-Memory Efficient.json").replace(",\n    \"is_system\": true", ""));
        assertThat(cli.run("merge", "out/preset-Memory Efficient.json", "--json")
                        .succeeds()
                        .out())
                .isEqualTo(cli.run("merge", "memory-efficient", "--json")
                        .succeeds()
                        .out());
    }

    @Test
    void severalPresetsGoToOneBulkFileAndImportAsSeparateFiles() {
        Cli cli = new Cli(dir);
        assertThat(cli.run("export", "--all-builtin", "--output", "all.json")
                        .succeeds()
                        .out())
                .isEqualTo("wrote 10 presets to all.json\n");

        Cli.Result imported =
                cli.run("import", "all.json", "--output-dir", "each").succeeds();

        assertThat(imported.out().lines())
                .hasSize(10)
                .contains(
                        "all.json: imported quality preset \"High Quality\" -> each/preset-High Quality.json",
                        "all.json: imported parameter preset \"Low Latency\" -> each/preset-Low Latency.json");
        assertThat(cli.read("each/preset-Draft.json")).contains("\"kind\": \"quality\"");
    }

    @Test
    void exportToStdoutPrintsOnlyTheFile() {
        String out = new Cli(dir)
                .run("export", "balanced", "low-latency", "--output", "-")
                .succeeds()
                .out();

        assertThat(out)
                .startsWith("{\n  \"version\": \"1.0\",\n  \"presets\": [\n")
                .endsWith("}\n");
    }

    @Test
    void severalPresetsWithoutOutputIsAUsageError() {
        assertThat(new Cli(dir)
                        .run("export", "balanced", "low-latency")
                        .failsWith(ExitCodes.USAGE)
                        .err())
                .startsWith("setpoint: 2 presets go into one bulk file: give --output PATH");
    }

    @Test
    void anInvalidFileReportsEveryProblemWritesNothingAndTheOthersStillImport() {
        Cli cli = new Cli(dir);
        cli.run("export", "balanced").succeeds();
        cli.file("bad.json", """
                {"version": "1.0", "presets": [{"name": "", "parameters": {"tp-size": 2}},
                 {"name": "Ok", "parameters": {}}]}
                """);

        Cli.Result result = cli.run("import", "bad.json", "preset-Balanced.json", "--output-dir", "out")
                .failsWith(ExitCodes.INVALID);

        assertThat(result.err())
                .contains("setpoint: bad.json: /presets/0/name: ")
                .contains("setpoint: bad.json: /presets/0/parameters/tp-size: Parameter 'tp-size' must be a list\n");
        assertThat(result.out())
                .isEqualTo("preset-Balanced.json: imported parameter preset \"Balanced\""
                        + " -> out/preset-Balanced.json\n");
        assertThat(Files.exists(dir.resolve("out/preset-Ok.json"))).isFalse();
    }

    @Test
    void twoPresetsForOneFileNameConflict() {
        Cli cli = new Cli(dir);
        cli.file("twins.json", """
                {"version": "1.0", "presets": [{"name": "Twin?", "parameters": {}}, {"name": "Twin", "parameters": {}}]}
                """);

        assertThat(cli.run("import", "twins.json", "--output-dir", "out")
                        .failsWith(ExitCodes.CONFLICT)
                        .err())
                .startsWith("setpoint: twins.json: preset \"Twin\" would overwrite out/preset-Twin.json");
        assertThat(Files.exists(dir.resolve("out/preset-Twin.json"))).isFalse();
    }
}
