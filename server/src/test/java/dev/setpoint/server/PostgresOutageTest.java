package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.store.testing.TestPostgres;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under a running server and comes back (as in a restart or a failover): the
 * server's database refuses connections and its sessions are ended, long enough for JobRunr's
 * heartbeat to fail. Meanwhile a write is answered 503 once it has waited for a connection; afterwards
 * the server answers again and jobs run, without a restart.
 */
class PostgresOutageTest {

    /** Longer than a connection waits for the pool (30 s), so that a heartbeat fails. */
    private static final Duration OUTAGE = Duration.ofSeconds(36);

    private static SetpointServer server;
    private static String database;

    @BeforeAll
    static void start() throws Exception {
        String url = TestPostgres.newDatabase();
        database = url.replaceFirst("^jdbc:postgresql://[^/]+/([^?]+).*$", "$1");
        server = OwnServer.start(Files.createTempDirectory("setpoint-outage"), url);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void afterThePostgresOutageTheServerAnswersAndJobsRunAgain() throws Exception {
        Http admin = Http.to(server.url(), ServerTestBase.ADMIN_TOKEN);
        Http.Response during;
        try (Connection postgres = DriverManager.getConnection(TestPostgres.adminUrl());
                Statement sql = postgres.createStatement()) {
            long back = System.nanoTime() + OUTAGE.toNanos();
            sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            during = admin.post("/api/presets/", "{\"name\": \"During\", \"parameters\": {\"steps\": [20]}}");
            Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(back - System.nanoTime())));
            sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        }
        assertThat(during.status()).as(during.body()).isEqualTo(503);
        assertThat(during.header("Content-Type")).startsWith("application/problem+json");
        assertThat(during.text("detail")).startsWith("the database is busy or out of reach");
        assertThat(OwnServer.runNoop(admin)).isEqualTo("succeeded");
    }
}
