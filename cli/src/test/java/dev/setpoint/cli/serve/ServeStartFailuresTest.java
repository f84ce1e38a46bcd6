package dev.setpoint.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that cannot start says why in one line and exits non-zero; no stack trace. */
class ServeStartFailuresTest {

    @TempDir
    Path dir;

    @Test
    void aPortInUseNamesThePortAndTheWayOut() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Cli.Result result = new Cli(dir)
                    .run("serve", "--port", String.valueOf(port), "--data-dir", "data")
                    .failsWith(ExitCodes.IO);
            assertThat(result.err())
                    .isEqualTo("setpoint: port " + port
                            + " on 127.0.0.1 is in use; choose another with --port or SETPOINT_PORT\n");
        }
    }

    @Test
    void aDatabaseUrlOfAnotherKindIsInvalid() {
        Cli.Result result = new Cli(dir)
                .run("serve", "--port", "0", "--db-url", "jdbc:mysql://localhost/setpoint")
                .failsWith(ExitCodes.INVALID);
        assertThat(result.err())
                .contains("jdbc:sqlite:")
                .contains("jdbc:postgresql:")
                .hasLineCount(1);
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsNamed() throws Exception {
        Files.writeString(dir.resolve("a-file"), "not a directory");
        Cli.Result result = new Cli(dir)
                .run("serve", "--port", "0", "--data-dir", "a-file/data")
                .failsWith(ExitCodes.IO);
        assertThat(result.err())
                .startsWith("setpoint: cannot use the data directory " + dir.resolve("a-file/data"))
                .contains("--data-dir")
                .hasLineCount(1);
    }

    @Test
    void aPortFromTheEnvironmentMustBeANumber() {
        Cli.Result result =
                new Cli(dir, Map.of("SETPOINT_PORT", "eighty")).run("serve").failsWith(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("setpoint: SETPOINT_PORT must be a port number, not 'eighty'\n");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        new Cli(dir).run("serve", "--port", "70000").failsWith(ExitCodes.USAGE);
    }
}
