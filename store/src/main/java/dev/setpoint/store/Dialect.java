package dev.setpoint.store;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.MetricSpec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PGobject;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Everything that differs between SQLite's and PostgreSQL's SQL: statement text, how values are bound
 * and read, and what an error code means. The rest of the store's SQL is shared. How connections are
 * made and pooled is {@link ConnectionPool}'s, how transactions begin and end {@link Transactions}'.
 */
public enum Dialect {
    SQLITE("sqlite") {
        @Override
        String jsonText(String column, String member) {
            return "json_extract(" + column + ", '$." + member + "')";
        }

        @Override
        String jsonNumber(String column, String member) {
            String path = "'$." + checkedName(member) + "'";
            return "CASE WHEN json_type(" + column + ", " + path + ") IN ('integer', 'real') THEN json_extract("
                    + column + ", " + path + ") END";
        }

        @Override
        String jsonArrayHas(String column, String parameter) {
            return "EXISTS (SELECT 1 FROM json_each(" + column + ") WHERE value = :" + parameter + ")";
        }

        @Override
        String forUpdate(String alias) {
            return "";
        }

        @Override
        String secondsSince(String column, String parameter) {
            return "max(0, (:" + parameter + " - " + column + ") / 1000.0)";
        }

        @Override
        boolean isUniqueViolation(SQLException e) {
            if (!(e instanceof SQLiteException sqlite)) {
                return false;
            }
            SQLiteErrorCode code = sqlite.getResultCode();
            return code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                    || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY
                    || code == SQLiteErrorCode.SQLITE_CONSTRAINT
                            && e.getMessage().contains("UNIQUE constraint failed");
        }

        /**
         * Whether the connection that raised {@code e} may disagree with SQLite about its transaction, so
         * that the pool must not hand it out again. After some errors SQLite rolls back on its own (a
         * BEGIN or a write that stays busy, a full disk, I/O), while sqlite-jdbc still counts the
         * connection as in a transaction (JobRunr begins through {@code setAutoCommit(false)}); every
         * later commit on it then fails with "no transaction is active", until the process restarts.
         */
        @Override
        boolean isOutOfStep(SQLException e) {
            int primary = primaryCode(e);
            return isTransient(e)
                    || isStorageFull(e)
                    || primary == SQLiteErrorCode.SQLITE_IOERR.code
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
        void setInstant(PreparedStatement statement, int index, @Nullable Instant instant) throws SQLException {
            if (instant == null) {
                statement.setNull(index, Types.BIGINT);
            } else {
                statement.setLong(index, instant.toEpochMilli());
            }
        }

        /** SQLite keeps JSON as text. */
        @Override
        void setJson(PreparedStatement statement, int index, String json) throws SQLException {
            statement.setString(index, json);
        }

        @Override
        @Nullable
        Instant instant(ResultSet row, String column) throws SQLException {
            long millis = row.getLong(column);
            return row.wasNull() ? null : Instant.ofEpochMilli(millis);
        }
    },

    POSTGRESQL("postgresql") {
        @Override
        String jsonText(String column, String member) {
            return column + " ->> '" + member + "'";
        }

        @Override
        String jsonNumber(String column, String member) {
            String name = "'" + checkedName(member) + "'";
            return "CASE WHEN jsonb_typeof(" + column + " -> " + name + ") = 'number' THEN CAST(" + column + " ->> "
                    + name + " AS DOUBLE PRECISION) END";
        }

        /** Containment, which the column's GIN index answers. */
        @Override
        String jsonArrayHas(String column, String parameter) {
            return column + " @> jsonb_build_array(CAST(:" + parameter + " AS BIGINT))";
        }

        @Override
        String forUpdate(String alias) {
            return " FOR UPDATE OF " + alias;
        }

        @Override
        String secondsSince(String column, String parameter) {
            return "GREATEST(0, EXTRACT(EPOCH FROM (CAST(:" + parameter + " AS TIMESTAMPTZ) - " + column + ")))";
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

        /** Never: the driver follows the server's own transaction state, reported after every statement. */
        @Override
        boolean isOutOfStep(SQLException e) {
            return false;
        }

        /** disk_full (53100). */
        @Override
        boolean isStorageFull(SQLException e) {
            return "53100".equals(e.getSQLState());
        }

        @Override
        void setInstant(PreparedStatement statement, int index, @Nullable Instant instant) throws SQLException {
            statement.setTimestamp(index, instant == null ? null : Timestamp.from(instant));
        }

        /** Typed jsonb, which a jsonb column takes without a cast in the statement. */
        @Override
        void setJson(PreparedStatement statement, int index, String json) throws SQLException {
            PGobject jsonb = new PGobject();
            jsonb.setType("jsonb");
            jsonb.setValue(json);
            statement.setObject(index, jsonb);
        }

        @Override
        @Nullable
        Instant instant(ResultSet row, String column) throws SQLException {
            Timestamp timestamp = row.getTimestamp(column);
            return timestamp == null ? null : timestamp.toInstant();
        }
    };

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

    /** The text of a JSON column's top-level member (null when absent); {@code member} is a constant, never input. */
    abstract String jsonText(String column, String member);

    /**
     * The number a JSON object column holds under {@code member}; null when it holds none, or
     * something else than a number. The name is written into the SQL, so it must be a metric's name
     * ({@link MetricSpec#NAME}); anything else is refused.
     */
    abstract String jsonNumber(String column, String member);

    /** A condition: the JSON array in {@code column} has the integer bound to {@code :parameter}. */
    abstract String jsonArrayHas(String column, String parameter);

    private static String checkedName(String member) {
        if (!MetricSpec.NAME.matcher(member).matches()) {
            throw new IllegalArgumentException("not a metric's name: " + member);
        }
        return member;
    }

    /**
     * What to append to a SELECT to lock the rows it reads of the table aliased {@code alias} until
     * commit (nothing on SQLite, which writes one transaction at a time).
     */
    abstract String forUpdate(String alias);

    /** Seconds from the instant in {@code column} to the instant bound to {@code :parameter}, at least 0. */
    abstract String secondsSince(String column, String parameter);

    abstract boolean isUniqueViolation(SQLException e);

    /**
     * Whether the statement failed only because the database is busy or out of reach now, so that a
     * retry may succeed.
     */
    abstract boolean isTransient(SQLException e);

    /** Whether the statement failed because the database's storage has no room left. */
    abstract boolean isStorageFull(SQLException e);

    /**
     * Whether the connection that raised {@code e} may disagree with its database about its
     * transaction, so that the pool must not hand it out again.
     */
    abstract boolean isOutOfStep(SQLException e);

    abstract void setInstant(PreparedStatement statement, int index, @Nullable Instant instant) throws SQLException;

    /** Binds a JSON document, given as its text. */
    abstract void setJson(PreparedStatement statement, int index, String json) throws SQLException;

    abstract @Nullable Instant instant(ResultSet row, String column) throws SQLException;
}
