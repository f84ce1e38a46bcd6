package dev.setpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files and bad arguments: one line per problem on stderr, the contract's exit code, no trace. */
class FileErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsAnIoError() {
        assertThat(new Cli(dir)
                        .run("presets", "list", "gone.json")
                        .failsWith(ExitCodes.IO)
                        .err())
                .isEqualTo("setpoint: gone.json: no such file\n");
    }

    @Test
    void aDirectoryIsNotAFile() throws Exception {
        Files.createDirectory(dir.resolve("sub"));

        assertThat(new Cli(dir).run("import", "sub").failsWith(ExitCodes.IO).err())
                .isEqualTo("setpoint: sub: is a directory, not a file\n");
    }

    @Test
    void malformedJsonNamesTheFileAndTheLine() {
        Cli cli = new Cli(dir);
        cli.file("broken.json", "{\"name\": \"A\",\n \"parameters\": {\"tp-size\": [1,]}}");

        assertThat(cli.run("merge", "broken.json").failsWith(ExitCodes.INVALID).err())
                .startsWith("setpoint: broken.json: malformed JSON: ")
                .contains("(line 2, column")
                .hasLineCount(1);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedClearly() throws Exception {
        byte[] latin1 = "{\"name\": \"Caf\u00e9\", \"parameters\": {}}".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("latin1.json"), latin1);

        assertThat(new Cli(dir)
                        .run("import", "latin1.json")
                        .failsWith(ExitCodes.INVALID)
                        .err())
                .isEqualTo("setpoint: latin1.json: is not UTF-8 text: invalid byte sequence at byte 13; "
                        + "save the file as UTF-8\n");
    }

    @Test
    void aFileAboveFourMebibytesIsTooLarge() throws Exception {
        Files.write(dir.resolve("huge.json"), new byte[InputFiles.MAX_BYTES + 1]);

        assertThat(new Cli(dir)
                        .run("presets", "list", "huge.json")
                        .failsWith(ExitCodes.TOO_LARGE)
                        .err())
                .isEqualTo("setpoint: huge.json: is larger than 4 MiB (4194304 bytes), the limit for a file\n");
    }

    @Test
    void everyProblemOfAPresetFileIsItsOwnLine() {
        Cli cli = new Cli(dir);
        cli.file(
                "bad.json",
                "{\"version\": \"1.0\", \"preset\": {\"name\": \"\", \"parameters\": {\"a\": [], \"b\": 3}}}");

        String err = cli.run("merge", "bad.json").failsWith(ExitCodes.INVALID).err();

        assertThat(err)
                .contains("setpoint: bad.json: /preset/parameters/a: Parameter 'a' cannot be empty\n")
                .contains("setpoint: bad.json: /preset/parameters/b: Parameter 'b' must be a list\n")
                .contains("setpoint: bad.json: /preset/name: ");
        assertThat(err.lines()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void anUnknownOptionIsAUsageErrorOnOneLine() {
        assertThat(new Cli(dir)
                        .run("merge", "--fast", "balanced")
                        .failsWith(ExitCodes.USAGE)
                        .err())
                .isEqualTo("setpoint: Unknown option: '--fast' (see 'setpoint merge --help')\n");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(new Cli(dir).run().failsWith(ExitCodes.USAGE).err())
                .isEqualTo("setpoint: a command is needed (see 'setpoint --help')\n");
    }

    @Test
    void helpAndVersionGoToStdout() {
        assertThat(new Cli(dir).run("--version").succeeds().out()).isEqualTo("setpoint 0.1.0\n");
        assertThat(new Cli(dir).run("--help").succeeds().out())
                .contains("Usage: setpoint")
                .contains("apply")
                .contains("merge")
                .contains("templates")
                .contains("Exit codes:");
        assertThat(new Cli(dir).run("apply", "--help").succeeds().out())
                .contains("--explain")
                .contains("--inputs");
    }

    @Test
    void anUnexpectedErrorIsOneLineWithoutATraceUnlessDebugging() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context context = new Context(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), dir);

        int exit = new ErrorReporter(context).report(new IllegalStateException("boom"));

        assertThat(exit).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("setpoint: internal error: java.lang.IllegalStateException: boom\n");

        ByteArrayOutputStream debugErr = new ByteArrayOutputStream();
        Context debug = new Context(
                System.out,
                new PrintStream(debugErr, true, StandardCharsets.UTF_8),
                Map.of("SETPOINT_DEBUG", "1"),
                dir);
        new ErrorReporter(debug).report(new IllegalStateException("boom"));
        assertThat(debugErr.toString(StandardCharsets.UTF_8)).contains("\tat dev.setpoint.cli.FileErrorsTest");
    }
}
