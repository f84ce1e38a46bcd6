package dev.setpoint.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code setpoint jobs list} and {@code jobs show} against a server: its filters, sorts and metrics.
 * Its sd-image run is on a server of its own, so that the shared server's sd-image estimates stay
 * without history whichever test runs first.
 */
class RemoteJobsListTest {

    private static TestServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = TestServer.own();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRunsMetricsAreListedWithTheTemplatesUnitsAndItsFiltersAndSortsReachTheServer() {
        Map<String, String> env = server.environment();
        String id = new Cli(dir, env)
                .run(
                        "run",
                        "--template",
                        "sd-image",
                        "--quality",
                        "draft",
                        "--inputs",
                        "{\"prompt\": \"a lighthouse\", \"width\": 64, \"height\": 64}")
                .succeedsWithProgress()
                .out()
                .split(" ")[1];

        String list = new Cli(dir, env)
                .run("jobs", "list", "--quality", "draft", "--metric", "psnr", "--min", "0", "--sort", "metric")
                .succeeds()
                .out();
        assertThat(list).containsPattern(id + " +sd-image@1\\.0\\.0 +draft +succeeded .* psnr=[0-9.]+ dB\\n");
        assertThat(new Cli(dir, env)
                        .run("jobs", "list", "--metric", "psnr", "--min", "100000")
                        .succeeds()
                        .out())
                .doesNotContain(id);
        assertThat(new Cli(dir, env)
                        .run("jobs", "list", "--quality", "ultra", "--template", "sd-image")
                        .succeeds()
                        .out())
                .doesNotContain(id);
        assertThat(new Cli(dir, env).run("jobs", "show", id).succeeds().out())
                .containsPattern("\\n  metrics: psnr=[0-9.]+ dB\\n$");
    }

    @Test
    void aBadValueIsTheServersProblemOnOneLine() {
        Cli.Result result = new Cli(dir, TestServer.env())
                .run("jobs", "list", "--sort", "size")
                .failsWith(ExitCodes.INVALID);

        assertThat(result.err()).isEqualTo("setpoint: sort: sort must be created, run_seconds or metric, not 'size'\n");
    }
}
