package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server's database has no room left: a write is answered 507 as a problem document that says
 * so, not 500, and without {@code Retry-After} (waiting does not make room). SQLite's
 * {@code max_page_count} stands in for the full disk: past it SQLite fails a write as on a full
 * disk (SQLITE_FULL). Its own server, on its own database.
 */
class FullDiskTest {

    private static final int MAX_WRITES = 500;

    @Test
    void writesToAFullDatabaseAre507ProblemsThatSayTheDiskIsFull() throws Exception {
        Path dataDir = Files.createTempDirectory("setpoint-full");
        OwnServer.start(dataDir, null).close();
        String limited = Database.sqliteUrl(dataDir) + "?max_page_count=" + pageCount(dataDir);
        try (SetpointServer server = OwnServer.start(dataDir, limited)) {
            Http admin = Http.to(server.url(), ServerTestBase.ADMIN_TOKEN);
            String description = "x".repeat(4000);
            List<Integer> statuses = new ArrayList<>();
            Http.Response last = null;
            for (int i = 0; i < MAX_WRITES && (last == null || last.status() == 201); i++) {
                last = admin.post(
                        "/api/presets/",
                        "{\"name\": \"Fill " + i + "\", \"description\": \"" + description
                                + "\", \"parameters\": {\"steps\": [20]}}");
                statuses.add(last.status());
            }

            assertThat(last.status()).as(statuses.toString()).isEqualTo(507);
            assertThat(last.header("Content-Type")).startsWith("application/problem+json");
            assertThat(last.header("Retry-After")).isNull();
            assertThat(last.text("detail"))
                    .startsWith("the database's disk is full")
                    .endsWith("nothing was saved");
            assertThat(admin.get("/api/presets?limit=1").status()).isEqualTo(200);
        }
    }

    private static long pageCount(Path dataDir) throws Exception {
        try (Connection db = DriverManager.getConnection(Database.sqliteUrl(dataDir));
                Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("PRAGMA page_count")) {
            row.next();
            return row.getLong(1);
        }
    }
}
