package dev.setpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, item 1: {@code 1e999999999} in a file or an argument is refused at once, in one line with
 * the exit code for invalid input, before anything writes out its billion digits.
 */
class HugeNumbersTest {

    private static final Duration QUICKLY = Duration.ofSeconds(20);
    private static final String LIMIT = "is too large: at most 100 digits and exponents within ±300\n";

    @TempDir
    Path dir;

    @Test
    void aFileWithAHugeExponentIsOneLineAndExitsInvalid() {
        Cli cli = new Cli(dir);
        cli.file(
                "huge.json",
                "{\"version\": \"1.0\", \"preset\": {\"name\": \"Huge\", \"parameters\": "
                        + "{\"steps\": [1e999999999]}}}");

        Cli.Result result = assertTimeoutPreemptively(
                QUICKLY,
                () -> cli.run("import", "huge.json", "--output-dir", "out").failsWith(ExitCodes.INVALID));

        assertThat(result.err())
                .isEqualTo("setpoint: huge.json: /preset/parameters/steps/0: number 1E+999999999 " + LIMIT);
    }

    @Test
    void inputsWithAHugeExponentAreOneLineAndExitInvalid() {
        Cli.Result result = assertTimeoutPreemptively(
                QUICKLY,
                () -> new Cli(dir)
                        .run(
                                "apply",
                                "--template",
                                "sd-image",
                                "--inputs",
                                "{\"prompt\": \"x\", \"steps\": -1e999999999}")
                        .failsWith(ExitCodes.INVALID));

        assertThat(result.err())
                .startsWith("setpoint: ")
                .endsWith("/steps: number -1E+999999999 " + LIMIT)
                .hasLineCount(1);
    }
}
