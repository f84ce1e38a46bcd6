package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one default data directory and database, as the environment chooses them. */
class DefaultDataDirTest {

    @Test
    void setpointDataDirComesFirst() {
        assertThat(DefaultDataDir.of(Map.of("SETPOINT_DATA_DIR", "/data", "XDG_DATA_HOME", "/xdg", "HOME", "/home/u")))
                .isEqualTo(Path.of("/data"));
    }

    @Test
    void elseTheSetpointDirectoryOfXdgDataHome() {
        assertThat(DefaultDataDir.of(Map.of("XDG_DATA_HOME", "/xdg", "HOME", "/home/u")))
                .isEqualTo(Path.of("/xdg/setpoint"));
    }

    @Test
    void elseTheSetpointDirectoryOfTheHomesLocalShare() {
        assertThat(DefaultDataDir.of(Map.of("HOME", "/home/u"))).isEqualTo(Path.of("/home/u/.local/share/setpoint"));
        assertThat(DefaultDataDir.of(Map.of("SETPOINT_DATA_DIR", " ", "XDG_DATA_HOME", "", "HOME", "/home/u")))
                .as("blank variables count as unset")
                .isEqualTo(Path.of("/home/u/.local/share/setpoint"));
        assertThat(DefaultDataDir.of(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "setpoint"));
    }

    @Test
    void theDatabaseIsSetpointDbUrlElseSqliteInTheDataDirectory() {
        assertThat(DefaultDataDir.dbUrl(Map.of("SETPOINT_DB_URL", "jdbc:postgresql://db/setpoint")))
                .isEqualTo("jdbc:postgresql://db/setpoint");
        assertThat(DefaultDataDir.dbUrl(Map.of("SETPOINT_DB_URL", " ")))
                .as("blank counts as unset")
                .isNull();
        assertThat(DefaultDataDir.dbUrl(Map.of())).isNull();
    }
}
