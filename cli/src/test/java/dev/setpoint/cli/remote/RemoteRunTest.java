package dev.setpoint.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code setpoint run} against a server: the same output and exit codes as offline. */
class RemoteRunTest {

    @TempDir
    Path dir;

    @Test
    void aRunFollowsTheServerToTheEndAndDownloadsItsOutputs() throws IOException {
        Cli.Result result = new Cli(dir, TestServer.env())
                .run(
                        "run",
                        "--template",
                        "noop",
                        "--quality",
                        "draft",
                        "--inputs",
                        "{\"prompt\": \"a lighthouse\"}",
                        "--output-dir",
                        "out")
                .succeedsWithProgress();

        assertThat(result.out()).containsPattern("job [0-9a-f-]{36} succeeded in [0-9.]+ s");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.toList())
                    .singleElement()
                    .satisfies(file -> assertThat(Files.size(file)).isPositive());
        }
        // The server's accuracy report counts the server's runs, which an offline report does not see.
        assertThat(new Cli(dir, TestServer.env())
                        .run("estimate", "--accuracy", "--json")
                        .succeeds()
                        .out())
                .contains("\"template\": \"noop@1.0.0\"");
    }

    @Test
    void aDetachedRunPrintsTheJobIdAndReturns() {
        Cli.Result result = new Cli(dir, TestServer.env())
                .run("run", "--template", "noop", "--inputs", "{\"prompt\": \"x\"}", "--detach");

        assertThat(result.exit()).isZero();
        String id = result.out().strip();
        assertThat(id).matches("[0-9a-f-]{36}");
        // Where to follow it goes to stderr, so that stdout stays the id alone for scripts.
        assertThat(result.err())
                .startsWith("job " + id + " ")
                .contains("/runs/" + id)
                .contains("/api/jobs/" + id)
                .doesNotContain("Exception");
    }

    @Test
    void detachedJobsAreShownFollowedListedAndCancelledWithSetpointJobs() {
        Map<String, String> env = TestServer.env();
        String done = new Cli(dir, env)
                .run("run", "--template", "noop", "--inputs", "{\"prompt\": \"x\"}", "--detach")
                .out()
                .strip();

        Cli.Result shown = new Cli(dir, env)
                .run("jobs", "show", done, "--wait", "--output-dir", "saved")
                .succeedsWithProgress();
        assertThat(shown.out()).startsWith("job " + done + " succeeded").contains("noop.txt");
        assertThat(dir.resolve("saved/noop.txt")).isRegularFile();
        assertThat(new Cli(dir, env)
                        .run("jobs", "list", "--template", "noop")
                        .succeeds()
                        .out())
                .contains(done);
        new Cli(dir, env).run("jobs", "cancel", done).failsWith(ExitCodes.CONFLICT);

        String slow = new Cli(dir, env)
                .run(
                        "run",
                        "--template",
                        "text-to-video",
                        "--quality",
                        "draft",
                        "--inputs",
                        "{\"prompt\": \"x\"}",
                        "--detach")
                .out()
                .strip();
        assertThat(new Cli(dir, env).run("jobs", "cancel", slow).succeeds().out())
                .isEqualTo("job " + slow + " cancelled\n");
        Cli.Result cancelled = new Cli(dir, env).run("jobs", "show", slow, "--wait");
        cancelled.failsWith(ExitCodes.JOB_FAILED);
        assertThat(cancelled.err()).contains("job " + slow + " cancelled");
    }

    @Test
    void withoutAServerCancellingLooksInTheDataDirectory() {
        Cli.Result result =
                new Cli(dir).run("jobs", "cancel", "6f1c0000-0000-0000-0000-000000000000", "--data-dir", "data");

        result.failsWith(ExitCodes.NOT_FOUND);
        assertThat(result.err()).startsWith("setpoint: id: no job 6f1c0000-0000-0000-0000-000000000000 in ");
    }

    @Test
    void anUnknownTemplateIsNotFoundAtItsOption() {
        new Cli(dir, TestServer.env()).run("run", "--template", "nothing-here").failsWith(ExitCodes.NOT_FOUND);
    }
}
