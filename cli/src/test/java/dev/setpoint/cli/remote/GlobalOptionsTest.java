package dev.setpoint.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --server} and {@code --token} work before the command's name as well as after it. */
class GlobalOptionsTest {

    /** A port of this project's test range where nothing listens: a command that used it would fail. */
    private static final Map<String, String> UNREACHABLE = Map.of("SETPOINT_SERVER", "http://127.0.0.1:18219");

    @TempDir
    Path dir;

    @Test
    void anEmptyServerBeforeOrAfterTheCommandWorksOfflineWhileTheVariableIsSet() {
        String offline = new Cli(dir)
                .run("estimate", "--template", "sd-image")
                .succeeds()
                .out();

        assertThat(new Cli(dir, UNREACHABLE)
                        .run("--server", "", "estimate", "--template", "sd-image")
                        .succeeds()
                        .out())
                .isEqualTo(offline);
        assertThat(new Cli(dir, UNREACHABLE)
                        .run("estimate", "--template", "sd-image", "--server", "")
                        .succeeds()
                        .out())
                .isEqualTo(offline);
    }

    @Test
    void aServerAndTokenBeforeOrAfterTheCommandAreUsed() {
        String url = TestServer.url();
        String fromEnvironment = new Cli(dir, TestServer.env())
                .run("presets", "list", "--json")
                .succeeds()
                .out();

        assertThat(new Cli(dir)
                        .run("--server", url, "--token", TestServer.ADMIN_TOKEN, "presets", "list", "--json")
                        .succeeds()
                        .out())
                .isEqualTo(fromEnvironment);
        assertThat(new Cli(dir)
                        .run("presets", "list", "--json", "--server", url, "--token", TestServer.ADMIN_TOKEN)
                        .succeeds()
                        .out())
                .isEqualTo(fromEnvironment);
        assertThat(new Cli(dir)
                        .run("--server", url, "presets", "list", "--token", TestServer.ADMIN_TOKEN, "--json")
                        .succeeds()
                        .out())
                .isEqualTo(fromEnvironment);
    }

    @Test
    void aServerBeforeTheCommandIsNotIgnored() {
        assertThat(new Cli(dir)
                        .run("--server", "http://127.0.0.1:18219", "presets", "list")
                        .failsWith(ExitCodes.IO)
                        .err())
                .contains("http://127.0.0.1:18219");
    }
}
