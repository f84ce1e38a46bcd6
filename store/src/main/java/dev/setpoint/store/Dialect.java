package dev.setpoint.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.SQLExceptionOverride;
import dev.setpoint.core.SetpointException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Everything that differs between SQLite and PostgreSQL; the rest of the store's SQL is shared. */
public enum Dialect {
    SQLITE("sqlite") {
        @Override
        void configure(HikariConfig config) {
            String url = config.getJdbcUrl();
            createParentDirectory(url.substring("jdbc:sqlite:".length()));
            SQLiteConfig sqlite = new SQLiteConfig();
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL syncs the WAL on every commit: an acknowledged write survives kill -9 and power loss.
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            sqlite.enforceForeignKeys(true);
            // Writers take the lock at BEGIN, so two writers queue for it instead of deadlocking.
            // (JobRunr's transactions; ours say BEGIN IMMEDIATE themselves, see begin.)
            sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.setJdbcUrl(null);
            config.setDataSource(new SqliteDataSource(url, sqlite, BUSY_TIMEOUT));
            config.setMaximumPoolSize(4);
            config.setExceptionOverride(new SQLExceptionOverride() {
                @java.lang.Override
                public SQLExceptionOverride.Override adjudicate(SQLException e) {
                    if (!isOutOfStep(e)) {
                        return SQLExceptionOverride.Override.CONTINUE_EVICT;
                    }
                    // One line; Hikari's own report of it, with a stack trace, is off in logback.xml.
                    LOG.warn("closing a pooled SQLite connection after: {}", e.getMessage());
                    return SQLExceptionOverride.Override.MUST_EVICT;
                }
            });
        }

        /*
         * In SQL on a connection left in auto-commit mode: the driver's commit() begins the next
         * transaction straight away, which with IMMEDIATE takes the write lock again until the pool
         * restores auto-commit, and makes another writer wait for a lock no one uses.
         */
        @Override
        void begin(Connection connection) throws SQLException {
            execute(connection, "BEGIN IMMEDIATE");
        }

        @Override
        void commit(Connection connection) throws SQLException {
            execute(connection, "COMMIT");
        }

        @Override
        void rollback(Connection connection) throws SQLException {
            try {
                execute(connection, "ROLLBACK");
            } catch (SQLException e) {
                // SQLite has already rolled back after some errors (SQLITE_FULL, I/O, a lost lock).
                if (!e.getMessage().contains("no transaction is active")) {
                    throw e;
                }
            }
        }

        @Override
        String jsonParameter() {
            return "?";
        }

        @Override
        String jsonText(String column, String member) {
            return "json_extract(" + column + ", '$." + member + "')";
        }

        @Override
        String forUpdate() {
            return "";
        }

        @Override
        String secondsSince(String column) {
            return "max(0, (? - " + column + ") / 1000.0)";
        }

        @Override
        boolean isUniqueViolation(SQLException e) {
            if (!(e instanceof SQLiteException sqlite)) {
                return false;
            }
            SQLiteErrorCode code = sqlite.getResultCode();
            return code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                    || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY
                    || code == SQLiteErrorCode.SQLITE_CONSTRAINT && e.getMessage().contains("UNIQUE constraint failed");
        }

        /**
         * Whether the connection that raised {@code e} may disagree with SQLite about its transaction, so
         * that the pool must not hand it out again. After some errors SQLite rolls back on its own (a
         * BEGIN or a write that stays busy, a full disk, I/O), while sqlite-jdbc still counts the
         * connection as in a transaction (JobRunr begins through {@code setAutoCommit(false)}); every
         * later commit on it then fails with "no transaction is active", until the process restarts.
         */
        private boolean isOutOfStep(SQLException e) {
            int primary = primaryCode(e);
            return isTransient(e) || isStorageFull(e) || primary == SQLiteErrorCode.SQLITE_IOERR.code
                    || primary == SQLiteErrorCode.SQLITE_NOMEM.code
                    || String.valueOf(e.getMessage()).contains("no transaction is active");
        }

        /** SQLITE_BUSY or SQLITE_LOCKED, with any extended code: another connection holds the lock. */
        @Override
        boolean isTransient(SQLException e) {
            int primary = primaryCode(e);
            return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
        }

        /** SQLITE_FULL: the disk, or the database's {@code max_page_count}, has no room for the write. */
        @Override
        boolean isStorageFull(SQLException e) {
            return primaryCode(e) == SQLiteErrorCode.SQLITE_FULL.code;
        }

        /** SQLite's primary result code (the low byte of an extended one), or -1 for another exception. */
        private static int primaryCode(SQLException e) {
            return e instanceof SQLiteException sqlite ? sqlite.getResultCode().code & 0xff : -1;
        }

        @Override
        void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
            if (instant == null) {
                statement.setNull(index, Types.BIGINT);
            } else {
                statement.setLong(index, instant.toEpochMilli());
            }
        }

        @Override
        Instant instant(ResultSet row, String column) throws SQLException {
            long millis = row.getLong(column);
            return row.wasNull() ? null : Instant.ofEpochMilli(millis);
        }
    },

    POSTGRESQL("postgresql") {
        @Override
        void configure(HikariConfig config) {
            config.setMaximumPoolSize(10);
        }

        /** The pool restores auto-commit when the connection is returned. */
        @Override
        void begin(Connection connection) throws SQLException {
            connection.setAutoCommit(false);
        }

        @Override
        void commit(Connection connection) throws SQLException {
            connection.commit();
        }

        @Override
        void rollback(Connection connection) throws SQLException {
            connection.rollback();
        }

        @Override
        String jsonParameter() {
            return "?::jsonb";
        }

        @Override
        String jsonText(String column, String member) {
            return column + " ->> '" + member + "'";
        }

        @Override
        String forUpdate() {
            return " FOR UPDATE OF p";
        }

        @Override
        String secondsSince(String column) {
            return "GREATEST(0, EXTRACT(EPOCH FROM (CAST(? AS TIMESTAMPTZ) - " + column + ")))";
        }

        @Override
        boolean isUniqueViolation(SQLException e) {
            return "23505".equals(e.getSQLState());
        }

        /**
         * A lock not granted in time (55P03, under a {@code lock_timeout}), a deadlock or serialization
         * failure (40P01, 40001), a server that takes no more connections (53300, 57P03), a session
         * ended by a shutdown or restart (57P01, 57P02), or a lost connection (class 08).
         */
        @Override
        boolean isTransient(SQLException e) {
            String state = String.valueOf(e.getSQLState());
            return state.startsWith("08") || TRANSIENT_STATES.contains(state);
        }

        /** disk_full (53100). */
        @Override
        boolean isStorageFull(SQLException e) {
            return "53100".equals(e.getSQLState());
        }

        @Override
        void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
            statement.setTimestamp(index, instant == null ? null : Timestamp.from(instant));
        }

        @Override
        Instant instant(ResultSet row, String column) throws SQLException {
            Timestamp timestamp = row.getTimestamp(column);
            return timestamp == null ? null : timestamp.toInstant();
        }
    };

    private static final Logger LOG = LoggerFactory.getLogger(Dialect.class);

    private static final Set<String> TRANSIENT_STATES =
            Set.of("55P03", "40P01", "40001", "53300", "57P01", "57P02", "57P03");

    private final String id;

    Dialect(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The dialect of a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL. */
    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw SetpointException.invalid("db-url", "the database URL must start with jdbc:sqlite: or jdbc:postgresql:");
    }

    /** Where Flyway finds this vendor's migrations. */
    String migrations() {
        return "classpath:db/migration/" + id;
    }

    /** How long a SQLite writer waits for another's write lock before it fails. */
    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);

    /** Connection settings and pool size for a config whose JDBC URL is already set. */
    abstract void configure(HikariConfig config);

    /** Starts a transaction that writes (SQLite: holding the write lock from here on). */
    abstract void begin(Connection connection) throws SQLException;

    abstract void commit(Connection connection) throws SQLException;

    /** Rolls back the transaction {@link #begin} started, if the database has not already. */
    abstract void rollback(Connection connection) throws SQLException;

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The placeholder for a JSON document bound as a string. */
    abstract String jsonParameter();

    /** The text of a JSON column's top-level member (null when absent); {@code member} is a constant, never input. */
    abstract String jsonText(String column, String member);

    /** What to append to a single-row SELECT (aliased {@code p}) to lock that row until commit. */
    abstract String forUpdate();

    /** Seconds from the instant in {@code column} to the instant bound at the one placeholder, at least 0. */
    abstract String secondsSince(String column);

    abstract boolean isUniqueViolation(SQLException e);

    /**
     * Whether the statement failed only because the database is busy or out of reach now, so that a
     * retry may succeed.
     */
    abstract boolean isTransient(SQLException e);

    /** Whether the statement failed because the database's storage has no room left. */
    abstract boolean isStorageFull(SQLException e);

    abstract void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException;

    abstract Instant instant(ResultSet row, String column) throws SQLException;

    private static void createParentDirectory(String file) {
        Path parent = Path.of(file.replaceFirst("\\?.*$", "")).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + parent, e);
        }
    }
}
