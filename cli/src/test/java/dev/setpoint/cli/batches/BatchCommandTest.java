package dev.setpoint.cli.batches;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code setpoint batch} without a server: the batch service on the data directory's embedded database. */
class BatchCommandTest {

    static final String BATCH = """
            name: mixed
            items:
              - {template: noop, quality: draft, inputs: {prompt: one}}
              - {template: noop, quality: ultra, inputs: {prompt: two}}
              - template: sd-image
                quality: high
                inputs: {prompt: three, width: 64, height: 64}
            """;

    @TempDir
    Path dir;

    @Test
    void aYamlBatchRunsEveryItemPrintsALineAsEachEndsAndATable() {
        Cli cli = new Cli(dir);
        Cli.Result result = cli.run("batch", cli.file("batch.yaml", BATCH), "--data-dir", "data")
                .succeeds();

        assertThat(result.out().lines().filter(l -> l.matches("\\[[1-3]/3] item [0-2] .* succeeded .*")))
                .hasSize(3);
        assertThat(result.out())
                .contains("ITEM  TEMPLATE")
                .containsPattern("2 +sd-image@1.0.0 +high +succeeded")
                .containsPattern("batch [0-9a-f-]{36} finished: 3 succeeded, 0 failed, 0 cancelled");
    }

    @Test
    void aJsonBatchPrintsTheBatchDocumentWithJson() {
        Cli cli = new Cli(dir);
        String file = cli.file(
                "batch.json",
                "{\"items\": [{\"template\": \"noop\", \"quality\": \"draft\", \"inputs\": {\"prompt\": \"x\"}}]}");

        Cli.Result result =
                cli.run("batch", file, "--data-dir", "data", "--json").succeeds();

        assertThat(result.out())
                .startsWith("{")
                .contains("\"status\": \"finished\"")
                .contains("\"succeeded\": 1");
    }

    @Test
    void everyBadItemIsOneLineAndNothingRuns() {
        Cli cli = new Cli(dir);
        String file = cli.file("bad.yaml", """
                items:
                  - {template: noop, quality: draft, inputs: {prompt: fine}}
                  - {template: no-such-template}
                  - {template: noop, quality: no-such-level}
                  - {template: noop, preset_ids: [1001]}
                  - 7
                """);

        Cli.Result result = cli.run("batch", file, "--data-dir", "data").failsWith(ExitCodes.INVALID);

        assertThat(result.err())
                .contains("/items/1/template")
                .contains("/items/2/quality")
                .contains("/items/3/preset_ids")
                .contains("/items/4");
        assertThat(cli.run("jobs", "list", "--data-dir", "data").succeeds().out())
                .doesNotContain("noop");
    }

    @Test
    void anItemTheResolverRefusesIsPointedAtAndNothingRuns() {
        Cli cli = new Cli(dir);
        String file = cli.file(
                "fails.yaml",
                "items: [{template: noop, quality: draft, inputs: {prompt: fine}}, "
                        + "{template: sd-image, quality: draft, inputs: {prompt: x, width: 64, height: 64, steps: 0}}]");

        Cli.Result result = cli.run("batch", file, "--data-dir", "data").failsWith(ExitCodes.INVALID);

        assertThat(result.err()).contains("/items/1/inputs/steps: ");
        assertThat(cli.run("jobs", "list", "--data-dir", "data").succeeds().out())
                .doesNotContain("noop");
    }
}
