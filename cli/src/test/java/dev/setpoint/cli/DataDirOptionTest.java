package dev.setpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.store.DefaultDataDir;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --data-dir}, before or after the command, and the data directory without it: the server's. */
class DataDirOptionTest {

    @TempDir
    static Path dir;

    private static String runNoop(Cli cli, String... dataDir) {
        String[] args = Stream.concat(
                        Stream.of("run", "--template", "noop", "--inputs", "{\"prompt\": \"x\"}"), Stream.of(dataDir))
                .toArray(String[]::new);
        String out = cli.run(args).succeedsWithProgress().out();
        return out.lines().findFirst().orElseThrow().split(" ")[1];
    }

    @Test
    void theDataDirectoryMayBeGivenBeforeTheCommandOrAfterIt(@TempDir Path work) {
        Cli cli = new Cli(work);
        String before = runNoop(cli);
        String id = new Cli(work)
                .run("--data-dir", "data", "run", "--template", "noop", "--inputs", "{\"prompt\": \"x\"}")
                .succeedsWithProgress()
                .out()
                .lines()
                .findFirst()
                .orElseThrow()
                .split(" ")[1];

        assertThat(cli.run("jobs", "list", "--data-dir", "data").succeeds().out())
                .contains(id)
                .doesNotContain(before);
        assertThat(cli.run("--data-dir", "data", "jobs", "list").succeeds().out())
                .contains(id)
                .doesNotContain(before);
        assertThat(cli.run("--data-dir", "data", "jobs", "show", id).succeeds().out())
                .contains("succeeded");
        assertThat(work.resolve("data/setpoint.db")).isRegularFile();
    }

    static Stream<Arguments> environments() {
        return Stream.of(
                Arguments.of(
                        "SETPOINT_DATA_DIR",
                        Map.of(
                                "SETPOINT_DATA_DIR",
                                dir.resolve("chosen").toString(),
                                "XDG_DATA_HOME",
                                dir.resolve("xdg").toString())),
                Arguments.of(
                        "XDG_DATA_HOME",
                        Map.of("XDG_DATA_HOME", dir.resolve("xdg").toString())),
                Arguments.of(
                        "HOME",
                        Map.of("XDG_DATA_HOME", "", "HOME", dir.resolve("home").toString())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("environments")
    void withoutTheOptionTheDataDirectoryIsTheServersDefault(
            String variable, Map<String, String> env, @TempDir Path work) {
        Path expected = DefaultDataDir.of(env);
        String id = runNoop(new Cli(work, env));

        assertThat(expected.resolve("setpoint.db")).isRegularFile();
        assertThat(expected.resolve("jobs").resolve(id)).isDirectory();
        assertThat(new Cli(work)
                        .run("jobs", "list", "--data-dir", expected.toString())
                        .succeeds()
                        .out())
                .contains(id);
    }
}
