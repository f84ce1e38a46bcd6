package dev.setpoint.cli.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code setpoint run} without a server: the job service on the data directory's embedded database. */
class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void aTemplateThatCannotRunIsRefusedWithTheReasonBeforeAnythingStarts() {
        Cli.Result result = new Cli(dir).run("run", "--template", "sd-image", "--quality", "high",
                "--inputs", "{\"prompt\": \"a lighthouse\"}", "--data-dir", "data");

        result.failsWith(ExitCodes.CONFLICT);
        assertThat(result.err()).isEqualTo("setpoint: template: template sd-image@1.0.0 cannot run here: "
                + "it declares no execution\n");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void badOptionsFailBeforeAnyDatabaseIsOpened() {
        new Cli(dir).run("run", "--template", "sd-image", "--inputs", "[1]", "--data-dir", "data")
                .failsWith(ExitCodes.INVALID);
        new Cli(dir).run("run", "--template", "nothing-here", "--data-dir", "data").failsWith(ExitCodes.NOT_FOUND);
        assertThat(dir.resolve("data")).doesNotExist();
    }
}
