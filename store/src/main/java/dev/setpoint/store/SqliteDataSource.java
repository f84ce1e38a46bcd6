package dev.setpoint.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/** SQLite connections with the store's settings, each waiting for the write lock by {@link SqliteBusyWait}. */
final class SqliteDataSource extends SQLiteDataSource {

    /** How long a SQLite writer waits for another's write lock before it fails. */
    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);

    private final Duration busyTimeout;

    SqliteDataSource(String url, SQLiteConfig config, Duration busyTimeout) {
        super(config);
        setUrl(url);
        this.busyTimeout = busyTimeout;
    }

    /** Connections to the database file of a {@code jdbc:sqlite:} URL, creating its directory if needed. */
    static SqliteDataSource open(String url) {
        createParentDirectory(url.substring("jdbc:sqlite:".length()));
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL syncs the WAL on every commit: an acknowledged write survives kill -9 and power loss.
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.enforceForeignKeys(true);
        // Writers take the lock at BEGIN, so two writers queue for it instead of deadlocking.
        // (JobRunr's transactions; ours say BEGIN IMMEDIATE themselves, see Transactions.)
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return new SqliteDataSource(url, sqlite, BUSY_TIMEOUT);
    }

    @Override
    public SQLiteConnection getConnection(String username, String password) throws SQLException {
        SQLiteConnection connection = super.getConnection(username, password);
        try {
            BusyHandler.setHandler(connection, new SqliteBusyWait(busyTimeout));
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static void createParentDirectory(String file) {
        Path parent = Path.of(file.replaceFirst("\\?.*$", "")).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + parent, e);
        }
    }
}
