package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

    @Test
    void defaultsArePort8080OnLoopbackWithXdgDataDir() {
        ServerOptions options = ServerOptions.fromEnvironment(Map.of("XDG_DATA_HOME", "/xdg"));
        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(options.dataDir()).isEqualTo(Path.of("/xdg/setpoint"));
        assertThat(options.dbUrl()).isNull();
    }

    @Test
    void environmentOverridesDefaultsAndFlagsOverrideEnvironment() {
        ServerOptions options = ServerOptions.fromEnvironment(Map.of(
                "SETPOINT_PORT",
                "9001",
                "SETPOINT_DATA_DIR",
                "/data",
                "SETPOINT_DB_URL",
                "jdbc:postgresql://db/setpoint"));
        assertThat(options)
                .isEqualTo(new ServerOptions(9001, "127.0.0.1", Path.of("/data"), "jdbc:postgresql://db/setpoint"));
        assertThat(options.withPort(7000).withDbUrl(null).port()).isEqualTo(7000);
    }

    @Test
    void aBadPortIsRefusedWithItsSource() {
        assertThatThrownBy(() -> ServerOptions.fromEnvironment(Map.of("SETPOINT_PORT", "http")))
                .hasMessageContaining("SETPOINT_PORT");
        assertThatThrownBy(() -> new ServerOptions(70000, "127.0.0.1", Path.of("/d"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
