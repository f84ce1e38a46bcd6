package dev.setpoint.cli.presets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetsCommandTest {

    private static final String CHAIN = """
            {"version": "1.0", "presets": [
              {"kind": "quality", "id": "my-base", "name": "My Base", "base_preset": "high", "cost_multiplier": 3.0},
              {"kind": "quality", "id": "my-top", "name": "My Top", "base_preset": "my-base",
               "parameters": {"image_generation": {"steps": 70}}, "resource_scaling": {"gpu_memory": 1.25}}]}
            """;

    @TempDir
    Path dir;

    @Test
    void listShowsTheFourLevelsTheFourSystemPresetsAndTheTuningPresets() {
        assertThat(new Cli(dir).run("presets", "list").succeeds().out()).isEqualTo("""
                ID                      KIND       NAME                    CATEGORY/LEVEL  SOURCE
                draft                   quality    Draft                   level 1         built-in
                standard                quality    Standard                level 2         built-in
                high                    quality    High Quality            level 3         built-in
                ultra                   quality    Ultra Quality           level 4         built-in
                memory-efficient        parameter  Memory Efficient        memory          built-in
                high-throughput         parameter  High Throughput         performance     built-in
                low-latency             parameter  Low Latency             performance     built-in
                balanced                parameter  Balanced                general         built-in
                x264-speed-and-quality  parameter  x264 Speed and Quality  tuning          built-in
                image-sampler-sweep     parameter  Image Sampler Sweep     tuning          built-in
                """);
    }

    @Test
    void listAddsThePresetsOfFilesAndFiltersByKind() {
        Cli cli = new Cli(dir);
        cli.file("chain.json", CHAIN);
        cli.file(
                "mine.json",
                "{\"version\": \"1.0\", \"preset\": {\"name\": \"Mine\", \"parameters\": {\"tp-size\": [8]}}}");

        String out = cli.run("presets", "list", "--kind", "quality", "chain.json", "mine.json")
                .succeeds()
                .out();

        assertThat(out)
                .contains("draft")
                .doesNotContain("balanced")
                .doesNotContain("Mine")
                .containsPattern("(?m)^my-top +quality +My Top +level 3 +file chain.json$");
        assertThat(cli.run("presets", "list", "--kind", "parameter", "mine.json", "--json")
                        .succeeds()
                        .out())
                .contains("""
                  {
                    "id": null,
                    "kind": "parameter",
                    "name": "Mine",
                    "category": null,
                    "level": null,
                    "source": "file",
                    "file": "mine.json"
                  }
                """);
    }

    @Test
    void aCustomQualityPresetShowsItsBasesLevelAndSaysItIsCustomInJson() {
        Cli cli = new Cli(dir);
        cli.file("chain.json", CHAIN);

        String listed = cli.run("presets", "list", "--kind", "quality", "chain.json", "--json")
                .succeeds()
                .out();
        String shown = cli.run("presets", "show", "my-top", "--from", "chain.json", "--json")
                .succeeds()
                .out();

        assertThat(listed).contains("""
                    "id": "my-top",
                    "kind": "quality",
                    "name": "My Top",
                    "category": null,
                    "level": 3,
                    "is_custom": true,
                """).contains("""
                    "id": "high",
                    "kind": "quality",
                    "name": "High Quality",
                    "category": null,
                    "level": 3,
                    "is_custom": false,
                """);
        assertThat(shown).contains("\"level\": 3,").contains("\"is_custom\": true");
    }

    @Test
    void anUnknownKindIsAUsageError() {
        assertThat(new Cli(dir)
                        .run("presets", "list", "--kind", "video")
                        .failsWith(ExitCodes.USAGE)
                        .err())
                .startsWith("setpoint: Invalid value for option '--kind': 'video' is not a kind of preset");
    }

    @Test
    void showPrintsAQualityPresetWithItsResolvedChainAndMultipliers() {
        Cli cli = new Cli(dir);
        cli.file("chain.json", CHAIN);

        String out = cli.run("presets", "show", "my-top", "--from", "chain.json")
                .succeeds()
                .out();

        assertThat(out)
                .containsPattern("(?m)^chain +high -> my-base -> my-top$")
                .containsPattern("(?m)^multipliers +time 2.5x, resource 1.5x, cost 3x$")
                .containsPattern("(?m)^resource scaling +gpu_memory 1.25x$")
                .containsPattern("(?m)^level +3 \\(high\\)$")
                .containsPattern("(?m)^image_generation +steps=70$");
    }

    @Test
    void showAsJsonPrintsThePresetCodecJson() {
        assertThat(new Cli(dir)
                        .run("presets", "show", "Low Latency", "--json")
                        .succeeds()
                        .out())
                .isEqualTo("""
                {
                  "id": "low-latency",
                  "name": "Low Latency",
                  "description": "Minimize end-to-end latency",
                  "category": "performance",
                  "parameters": {
                    "tp-size": [1, 2],
                    "schedule-policy": ["lpm"],
                    "mem-fraction-static": [0.85]
                  },
                  "metadata": {
                    "author": "system",
                    "tags": ["latency", "interactive"]
                  },
                  "is_system": true
                }
                """);
    }

    @Test
    void showPrintsAParameterPresetWithItsGridSize() {
        String out = new Cli(dir).run("presets", "show", "balanced").succeeds().out();

        assertThat(out)
                .containsPattern("(?m)^schedule-policy +\\[\"fcfs\", \"lpm\"\\]$")
                .endsWith("\ngrid size: 4\n");
    }

    @Test
    void showOfAFileWithSeveralPresetsAsksForOne() {
        Cli cli = new Cli(dir);
        cli.file("chain.json", CHAIN);

        assertThat(cli.run("presets", "show", "chain.json")
                        .failsWith(ExitCodes.INVALID)
                        .err())
                .isEqualTo(
                        "setpoint: chain.json: holds 2 presets; name one by id with --from chain.json: my-base, my-top\n");
    }
}
