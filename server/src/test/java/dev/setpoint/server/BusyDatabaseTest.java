package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Another process holds the SQLite database's write lock past the busy wait (a manual edit in
 * {@code sqlite3}, say): writes are answered 503 with {@code Retry-After}, as a problem document,
 * also when the write is the authentication's own; once the lock is gone the same calls succeed.
 * Its own server, since the lock would also stop the shared one's job engine.
 */
class BusyDatabaseTest {

    /** Two heartbeats and the 5 s a write waits for the lock: at least one heartbeat fails. */
    private static final Duration HEARTBEAT_OUTLASTED = Duration.ofSeconds(12);

    private static SetpointServer server;
    private static Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("setpoint-busy");
        server = OwnServer.start(dataDir, null);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void writesWhileAnotherProcessHoldsTheLockAre503ProblemsAndSucceedAfterwards() throws Exception {
        Http admin = Http.to(server.url(), ServerTestBase.ADMIN_TOKEN);
        Http.Response created = admin.post("/api/users", "{\"username\": \"bob\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        // Bob's token is unused: his first call records its use, a write, in the authentication filter.
        Http bob = admin.as(created.text("token", "token"));
        String preset = "{\"name\": \"Held\", \"parameters\": {\"steps\": [20]}}";

        Http.Response inFilter;
        Http.Response inController;
        try (Connection other = DriverManager.getConnection(Database.sqliteUrl(dataDir));
                Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            inFilter = bob.get("/api/me");
            inController = admin.post("/api/presets/", preset);
            lock.execute("ROLLBACK");
        }

        for (Http.Response busy : new Http.Response[] {inFilter, inController}) {
            assertThat(busy.status()).as(busy.body()).isEqualTo(503);
            assertThat(busy.header("Content-Type")).startsWith("application/problem+json");
            assertThat(busy.header("Retry-After")).isEqualTo("5");
            assertThat(busy.text("detail")).startsWith("the database is busy").endsWith("try again in a few seconds");
        }
        assertThat(bob.get("/api/me").status()).isEqualTo(200);
        assertThat(admin.post("/api/presets/", preset).status()).isEqualTo(201);
    }

    /**
     * JobRunr's heartbeat (every 5 s) fails when it waits out the lock, and JobRunr then stops its
     * background job server for good; Setpoint starts it again, so jobs submitted afterwards run.
     */
    @Test
    void jobsSubmittedAfterALockThatOutlastedJobRunrsHeartbeatStillRun() throws Exception {
        Http admin = Http.to(server.url(), ServerTestBase.ADMIN_TOKEN);
        try (Connection other = DriverManager.getConnection(Database.sqliteUrl(dataDir));
                Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            Thread.sleep(HEARTBEAT_OUTLASTED.toMillis());
            lock.execute("ROLLBACK");
        }
        assertThat(OwnServer.runNoop(admin)).isEqualTo("succeeded");
    }
}
