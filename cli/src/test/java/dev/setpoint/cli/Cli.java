package dev.setpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs {@code setpoint} in-process in a working directory and captures what it prints. */
public final class Cli {

    private final Path dir;
    private final Map<String, String> env;

    public Cli(Path dir) {
        this(dir, Map.of());
    }

    public Cli(Path dir, Map<String, String> env) {
        this.dir = dir;
        // Commands without a server must neither find nor write the real user's data directory.
        Map<String, String> hermetic = new HashMap<>(env);
        hermetic.putIfAbsent("XDG_DATA_HOME", dir.resolve("xdg-data").toString());
        this.env = Map.copyOf(hermetic);
    }

    /** Exit code, stdout and stderr of one run. */
    public record Result(int exit, String out, String err) {

        /** Checks the error contract: the exit code, and stderr as lines {@code setpoint: ...}, never a trace. */
        public Result failsWith(int code) {
            assertThat(exit).as("exit code; stderr: %s", err).isEqualTo(code);
            assertThat(err)
                    .isNotBlank()
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ")
                    .doesNotContain("at dev.");
            assertThat(err.lines()).allMatch(line -> line.startsWith("setpoint: "));
            return this;
        }

        public Result succeeds() {
            assertThat(exit).as("exit code; stderr: %s", err).isZero();
            assertThat(err).isEmpty();
            return this;
        }

        /** Exit 0, with progress (not errors) on stderr, as a command that waits for a job reports it. */
        public Result succeedsWithProgress() {
            assertThat(exit).as("exit code; stderr: %s", err).isZero();
            assertThat(err.lines()).allSatisfy(line -> assertThat(line).matches("\\s*[0-9.]+%.*"));
            return this;
        }
    }

    public Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(
                args,
                new Context(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        env,
                        dir));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Writes {@code text} to {@code name} in the working directory and returns the name. */
    public String file(String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name;
    }

    public String read(String name) {
        try {
            return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
