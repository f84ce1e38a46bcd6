package dev.setpoint.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.core.format.ExportFormat;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presets the user uploads, then names by id, slug or name in the other verbs. */
class RemoteImportExportTest {

    @TempDir
    Path dir;

    private Cli cli;
    private String name;

    @BeforeEach
    void uniqueName() {
        cli = new Cli(dir, TestServer.env());
        name = "Fast " + UUID.randomUUID().toString().substring(0, 8);
    }

    private String upload() {
        cli.file("fast.json", """
                {"version": "1.0", "preset": {"name": "%s", "category": "performance",
                 "parameters": {"tp-size": [2, 8], "schedule-policy": ["lpm"]}}}""".formatted(name));
        String out = cli.run("import", "fast.json").succeeds().out();
        assertThat(out).matches("fast\\.json: imported parameter preset \"" + name + "\" -> id \\d+\n");
        return out.substring(out.lastIndexOf(' ') + 1).strip();
    }

    /** Its slug may differ from the file's id (taken already), and the slug is what --quality takes. */
    @Test
    void anImportedQualityPresetSaysTheSlugItIsUsedBy() {
        String slug = "custom_" + UUID.randomUUID().toString().substring(0, 8);
        cli.file("q.json", """
                {"version": "1.0", "preset": {"kind": "quality", "id": "%s", "name": "%s", "level": 2, "base_preset": "standard",
                 "parameters": {}}}""".formatted(slug, name));
        cli.run("import", "q.json").succeeds();
        cli.file("q2.json", """
                {"version": "1.0", "preset": {"kind": "quality", "id": "%s", "name": "%s again", "level": 2, "base_preset": "standard",
                 "parameters": {}}}""".formatted(slug, name));

        assertThat(cli.run("import", "q2.json").succeeds().out())
                .matches("q2\\.json: imported quality preset \"" + name + " again\" -> id \\d+, --quality " + slug
                        + "-2\n");
    }

    @Test
    void anImportedPresetIsListedAsTheServersAndUsableByIdSlugAndName() {
        String id = upload();
        Value listed = ((Value.Arr) Json.parse(
                        cli.run("presets", "list", "--json").succeeds().out()))
                .items().stream()
                        .filter(p -> ((Value.Obj) p).members().get("name").equals(Value.of(name)))
                        .findFirst()
                        .orElseThrow();
        assertThat(((Value.Obj) listed).members())
                .containsEntry("source", Value.of("server"))
                .containsEntry("server_id", Value.of(Long.parseLong(id)))
                .containsEntry("owner", Value.of("admin"))
                .containsEntry("visibility", Value.of("private"));
        String slug = ((Value.Str) ((Value.Obj) listed).members().get("id")).value();
        String byId = cli.run("merge", id, "balanced", "--json").succeeds().out();
        assertThat(cli.run("merge", slug, "balanced", "--json").succeeds().out())
                .isEqualTo(byId);
        assertThat(cli.run("merge", name, "balanced", "--json").succeeds().out())
                .isEqualTo(byId);
        assertThat(byId).contains("\"applied_presets\": [\"" + name + "\", \"Balanced\"]");
    }

    @Test
    void importingTheSameNameAgainIsAConflictLocatedInTheFile() {
        upload();
        Cli.Result again = cli.run("import", "fast.json").failsWith(ExitCodes.CONFLICT);
        assertThat(again.err())
                .isEqualTo("setpoint: fast.json: /preset/name: a preset named '" + name + "' already exists\n");
    }

    @Test
    void anInvalidFileReportsEveryProblemAndCreatesNothing() {
        cli.file("bad.json", "{\"version\": \"1.0\", \"presets\": [{\"name\": \"\", \"parameters\": {\"a\": []}}]}");
        Cli.Result result = cli.run("import", "bad.json").failsWith(ExitCodes.INVALID);
        assertThat(result.err().lines())
                .hasSizeGreaterThanOrEqualTo(2)
                .allMatch(line -> line.startsWith("setpoint: bad.json: /presets/0/"));
    }

    @Test
    void aBarePresetObjectIsImportedToo() {
        cli.file("bare.json", "{\"name\": \"" + name + "\", \"parameters\": {\"tp-size\": [1]}}");
        assertThat(cli.run("import", "bare.json").succeeds().out())
                .contains("imported parameter preset \"" + name + "\"");
    }

    @Test
    void exportDownloadsToTheFileTheServerNames() throws Exception {
        upload();
        String out = cli.run("export", name).succeeds().out();
        String file = "preset-" + name + ".json";
        assertThat(out).isEqualTo("wrote " + name + " to " + file + "\n");
        List<Preset> read = ExportFormat.importText(Files.readString(dir.resolve(file)));
        assertThat(read).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo(name));
    }

    @Test
    void exportOfSeveralNeedsOutputAndWritesTheBulkFile() throws Exception {
        upload();
        cli.run("export", name, "balanced").failsWith(ExitCodes.USAGE);
        assertThat(cli.run("export", name, "balanced", "--output", "both.json")
                        .succeeds()
                        .out())
                .isEqualTo("wrote 2 presets to both.json\n");
        assertThat(ExportFormat.importText(Files.readString(dir.resolve("both.json"))))
                .extracting(Preset::name)
                .containsExactly(name, "Balanced");
    }

    @Test
    void theBuiltinExportMatchesTheOfflineOne() {
        String remote =
                cli.run("export", "high-throughput", "--output", "-").succeeds().out();
        String offline = new Cli(dir)
                .run("export", "high-throughput", "--output", "-")
                .succeeds()
                .out();
        assertThat(Json.parse(remote)).isEqualTo(Json.parse(offline));
    }

    @Test
    void outputDirIsForOfflineImportOnly() {
        cli.file("x.json", "{\"name\": \"x\", \"parameters\": {}}");
        cli.run("import", "x.json", "--output-dir", "out").failsWith(ExitCodes.USAGE);
    }
}
