package dev.setpoint.store;

import static dev.setpoint.store.TestSql.count;
import static dev.setpoint.store.TestSql.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database whose storage has no room left: the write is {@link Kind#STORAGE_FULL}, saves nothing,
 * and the same write succeeds once there is room. SQLite's own {@code max_page_count} stands in for
 * the full disk: past it SQLite fails a write exactly as on a full disk (SQLITE_FULL).
 */
class FullDiskTest {

    private static final int ROW_BYTES = 64 * 1024;

    @TempDir
    Path dataDir;

    @Test
    void aWriteThatFindsTheDiskFullIsStorageFullSavesNothingAndSucceedsOnceThereIsRoom() {
        long pages;
        try (Database db = open("")) {
            Jdbc jdbc = jdbc(db);
            jdbc.transaction(c -> update(c, "CREATE TABLE blobs (data BLOB)"));
            pages = jdbc.transaction(c -> count(c, "PRAGMA page_count"));
        }
        try (Database full = open("?max_page_count=" + pages)) {
            Jdbc jdbc = jdbc(full);
            assertThatThrownBy(() -> jdbc.transaction(FullDiskTest::insertRow))
                    .isInstanceOfSatisfying(SetpointException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.STORAGE_FULL);
                        assertThat(e.getMessage())
                                .startsWith("the database's disk is full")
                                .endsWith("nothing was saved");
                    });
            assertThat(rows(jdbc)).isZero();
        }
        try (Database roomy = open("")) {
            Jdbc jdbc = jdbc(roomy);
            jdbc.transaction(FullDiskTest::insertRow);
            assertThat(rows(jdbc)).isEqualTo(1);
        }
    }

    private Database open(String parameters) {
        return Database.open(Database.sqliteUrl(dataDir) + parameters, Clock.systemUTC());
    }

    private static Jdbc jdbc(Database db) {
        return new Jdbc(db.dataSource(), db.dialect());
    }

    private static long rows(Jdbc jdbc) {
        return jdbc.transaction(c -> count(c, "SELECT count(*) FROM blobs"));
    }

    private static int insertRow(Connection c) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO blobs (data) VALUES (?)")) {
            insert.setBytes(1, new byte[ROW_BYTES]);
            return insert.executeUpdate();
        }
    }
}
