package dev.setpoint.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.server.ServerOptions;
import dev.setpoint.store.DefaultDataDir;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The server's settings and {@code setpoint serve}'s options take the one default data directory. */
class ServerDataDirTest {

    @Test
    void serveOptionsTakeTheSameDefault() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/xdg");
        assertThat(ServerOptions.fromEnvironment(env).dataDir()).isEqualTo(DefaultDataDir.of(env));
    }

    /**
     * The server's settings without {@code setpoint.data-dir} read the process's environment, so a JVM
     * is started with the environment under test, as a server started without {@code setpoint serve} is.
     */
    @Test
    void theServersSettingsWithoutADataDirTakeTheSameDefault(@TempDir Path xdg) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                PrintDefault.class.getName()));
        builder.environment().remove("SETPOINT_DATA_DIR");
        builder.environment().put("XDG_DATA_HOME", xdg.toString());
        builder.redirectErrorStream(true);

        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out.strip()).isEqualTo(xdg.resolve("setpoint").toString());
    }

    /** Prints the data directory of settings that name none. */
    static final class PrintDefault {

        public static void main(String[] args) {
            System.out.println(
                    new SetpointProperties(null, null, null, Duration.ofSeconds(1), null, DataSize.ofMegabytes(1), null)
                            .dataDir());
        }
    }
}
