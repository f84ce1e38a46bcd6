package dev.setpoint.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code setpoint run} against a server: errors come back as offline, through the same exit codes. */
class RemoteRunTest {

    @TempDir
    Path dir;

    @Test
    void aTemplateTheServerCannotRunIsAConflictWithTheReason() {
        Cli.Result result = new Cli(dir, TestServer.env()).run("run", "--template", "sd-image", "--quality", "draft",
                "--inputs", "{\"prompt\": \"a lighthouse\"}");

        result.failsWith(ExitCodes.CONFLICT);
        assertThat(result.err()).contains("sd-image@1.0.0 cannot run here: it declares no execution");
    }

    @Test
    void anUnknownTemplateIsNotFoundAtItsOption() {
        new Cli(dir, TestServer.env()).run("run", "--template", "nothing-here").failsWith(ExitCodes.NOT_FOUND);
    }
}
