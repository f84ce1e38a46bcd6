package dev.setpoint.store.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL for tests: one server per test JVM, a fresh database per caller.
 *
 * <p>The server is, in order of preference: the one {@code SETPOINT_TEST_PG_URL} points at (its
 * user must be allowed to create databases); zonky's embedded PostgreSQL; or, when running as root
 * (where initdb refuses to run), the same zonky binaries run as {@code nobody} by
 * {@link UnprivilegedPostgres}.
 *
 * <pre>{@code
 * String url = TestPostgres.newDatabase(); // jdbc:postgresql://127.0.0.1:PORT/t_3_...?user=postgres
 * }</pre>
 */
public final class TestPostgres {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestPostgres() {}

    /** A new, empty database on the shared server; its URL carries user and password. */
    public static String newDatabase() {
        String name = "t_" + DATABASES.incrementAndGet() + "_"
                + ProcessHandle.current().pid();
        String admin = Server.ADMIN_URL;
        try (Connection connection = DriverManager.getConnection(admin);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + admin, e);
        }
        return withDatabase(admin, name);
    }

    /** The URL of the maintenance database of the shared server. */
    public static String adminUrl() {
        return Server.ADMIN_URL;
    }

    static String withDatabase(String url, String database) {
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host/database URL: " + url);
        }
        return matcher.group(1) + database + (matcher.group(3) == null ? "" : matcher.group(3));
    }

    /** Started on first use, stopped when the JVM exits. */
    private static final class Server {

        static final String ADMIN_URL = start();

        private static String start() {
            String given = System.getenv("SETPOINT_TEST_PG_URL");
            if (given != null && !given.isBlank()) {
                return given;
            }
            try {
                if (UnprivilegedPostgres.runningAsRoot()) {
                    UnprivilegedPostgres server = UnprivilegedPostgres.start();
                    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-test-postgres"));
                    return server.adminUrl();
                }
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "stop-test-postgres"));
                return server.getJdbcUrl("postgres", "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start a test PostgreSQL", e);
            }
        }

        private static void close(EmbeddedPostgres server) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
