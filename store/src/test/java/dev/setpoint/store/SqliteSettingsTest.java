package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSettingsTest {

    @TempDir
    Path dataDir;

    @Test
    void everyPooledConnectionIsDurableAndChecksForeignKeys() throws Exception {
        try (Database db = Database.open(Database.sqliteUrl(dataDir.resolve("nested")), Clock.systemUTC())) {
            for (int i = 0; i < 4; i++) {
                try (Connection connection = db.dataSource().getConnection()) {
                    assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
                    assertThat(pragma(connection, "synchronous")).isEqualTo("2");
                    assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
                }
            }
            assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
        }
        assertThat(dataDir.resolve("nested/setpoint.db")).exists();
    }

    @Test
    void onlySqliteAndPostgresqlUrlsAreAccepted() {
        assertThat(Dialect.of("jdbc:postgresql://localhost/setpoint")).isEqualTo(Dialect.POSTGRESQL);
        assertThatThrownBy(() -> Database.open("jdbc:mysql://x/y", Clock.systemUTC()))
                .isInstanceOf(SetpointException.class)
                .hasMessageContaining("jdbc:sqlite: or jdbc:postgresql:");
    }

    private static String pragma(Connection connection, String name) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
