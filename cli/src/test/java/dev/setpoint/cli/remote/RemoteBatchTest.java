package dev.setpoint.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code setpoint batch} and {@code setpoint compare} against a server: the same lines and tables as offline. */
class RemoteBatchTest {

    @TempDir
    Path dir;

    @Test
    void aBatchRunsOnTheServerWithALineAsEachItemEnds() {
        Cli cli = new Cli(dir, TestServer.env());
        String file = cli.file(
                "batch.yaml",
                "items: [{template: noop, quality: draft, inputs: {prompt: a}}, "
                        + "{template: noop, quality: high, inputs: {prompt: b}}]");

        Cli.Result result = cli.run("batch", file).succeeds();

        assertThat(result.out().lines().filter(l -> l.matches("\\[[12]/2] item [01] noop@1.0.0 .* succeeded .*")))
                .hasSize(2);
        assertThat(result.out()).containsPattern("batch [0-9a-f-]{36} finished: 2 succeeded");
    }

    @Test
    void aComparisonRunsOnTheServerAndPrintsTheURLsOfItsOutputs() {
        Cli.Result result = new Cli(dir, TestServer.env())
                .run("compare", "--template", "noop", "--inputs", "{\"prompt\": \"a\"}", "--levels", "draft,ultra")
                .succeeds();

        assertThat(result.out()).containsPattern("LEVEL +STATUS").containsPattern("ultra +succeeded");
        assertThat(result.out()).containsPattern("draft: http://[^ ]+/api/comparisons/[0-9a-f-]{36}/jobs/");
    }

    @Test
    void aBadItemIsReportedAtItsPointerByTheServer() {
        Cli cli = new Cli(dir, TestServer.env());
        String file = cli.file("bad.yaml", "items: [{template: noop, quality: nope, inputs: {prompt: a}}]");

        Cli.Result result = cli.run("batch", file);

        assertThat(result.exit()).isNotZero();
        assertThat(result.err()).contains("/items/0/quality");
    }
}
