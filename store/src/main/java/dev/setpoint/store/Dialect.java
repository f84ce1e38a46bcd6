package dev.setpoint.store;

import com.zaxxer.hikari.HikariConfig;
import dev.setpoint.core.SetpointException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Everything that differs between SQLite and PostgreSQL; the rest of the store's SQL is shared. */
public enum Dialect {
    SQLITE("sqlite") {
        @Override
        void configure(HikariConfig config) {
            createParentDirectory(config.getJdbcUrl().substring("jdbc:sqlite:".length()));
            SQLiteConfig sqlite = new SQLiteConfig();
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL syncs the WAL on every commit: an acknowledged write survives kill -9 and power loss.
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            sqlite.setBusyTimeout(5000);
            sqlite.enforceForeignKeys(true);
            // Writers take the lock at BEGIN, so two writers queue on busy_timeout instead of deadlocking.
            sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.setDataSourceProperties(sqlite.toProperties());
            config.setMaximumPoolSize(4);
        }

        @Override
        String jsonParameter() {
            return "?";
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

        @Override
        String jsonParameter() {
            return "?::jsonb";
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

    /** Connection settings and pool size for a config whose JDBC URL is already set. */
    abstract void configure(HikariConfig config);

    /** The placeholder for a JSON document bound as a string. */
    abstract String jsonParameter();

    /** What to append to a single-row SELECT (aliased {@code p}) to lock that row until commit. */
    abstract String forUpdate();

    /** Seconds from the instant in {@code column} to the instant bound at the one placeholder, at least 0. */
    abstract String secondsSince(String column);

    abstract boolean isUniqueViolation(SQLException e);

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
