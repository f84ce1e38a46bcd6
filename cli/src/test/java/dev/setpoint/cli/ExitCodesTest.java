package dev.setpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.SetpointException.Kind;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes are a contract scripts rely on: the numbers themselves are pinned here. */
class ExitCodesTest {

    @Test
    void theNumbersAreTheDocumentedOnes() {
        assertThat(new int[] {
                    ExitCodes.OK, ExitCodes.IO, ExitCodes.USAGE, ExitCodes.NOT_AUTHENTICATED, ExitCodes.INTERNAL
                })
                .containsExactly(0, 1, 2, 10, 70);
        assertThat(new int[] {
                    ExitCodes.of(Kind.INVALID),
                    ExitCodes.of(Kind.NOT_FOUND),
                    ExitCodes.of(Kind.INCOMPATIBLE),
                    ExitCodes.of(Kind.TOO_LARGE),
                    ExitCodes.of(Kind.CONFLICT),
                    ExitCodes.of(Kind.FORBIDDEN),
                    ExitCodes.of(Kind.STALE),
                    ExitCodes.of(Kind.UNAVAILABLE),
                    ExitCodes.of(Kind.STORAGE_FULL),
                    ExitCodes.of(Kind.RUN_FAILED)
                })
                .containsExactly(3, 4, 5, 6, 7, 8, 9, 1, 1, 11);
    }

    /** The help's list of exit codes is written by hand: it must name the code of every kind. */
    @Test
    void theHelpListsTheExitCodeOfEveryKind(@TempDir Path dir) {
        String help = new Cli(dir).run("--help").succeeds().out();
        String codes = help.substring(help.indexOf("Exit codes:"));

        Arrays.stream(Kind.values())
                .forEach(kind -> assertThat(codes)
                        .as(kind.name())
                        .containsPattern("(?m)^\\s+" + ExitCodes.of(kind) + "\\s+\\S"));
    }
}
