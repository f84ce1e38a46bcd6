package dev.setpoint.store;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** Runs work on a pooled connection, in a transaction for writes. */
final class Jdbc {

    /** What a repository does with a connection: its statements, and what it makes of their results. */
    @FunctionalInterface
    interface ConnectionCallback<T extends @Nullable Object> {
        T doWith(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Transactions transactions;

    Jdbc(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.transactions = Transactions.of(dialect);
    }

    Dialect dialect() {
        return dialect;
    }

    /** Reads in auto-commit mode. */
    <T extends @Nullable Object> T read(ConnectionCallback<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.doWith(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     */
    <T extends @Nullable Object> T transaction(ConnectionCallback<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            transactions.begin(connection);
            try {
                T result = work.doWith(connection);
                transactions.commit(connection);
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    transactions.rollback(connection);
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * A busy database (another writer's lock held past the wait, no connection free in time) is
     * {@link Kind#UNAVAILABLE}: the same call may succeed later. A full disk is {@link Kind#STORAGE_FULL}:
     * not the caller's fault, but worth telling them, since retrying will not help until someone frees
     * space. Any other database failure is not the caller's fault and has no kind: it is a 500.
     */
    private RuntimeException failure(SQLException e) {
        if (dialect.isStorageFull(e)) {
            return new SetpointException(
                    Kind.STORAGE_FULL,
                    "",
                    "the database's disk is full (" + e.getMessage() + "); nothing was saved",
                    e);
        }
        if (e instanceof SQLTransientException || dialect.isTransient(e)) {
            return new SetpointException(
                    Kind.UNAVAILABLE,
                    "",
                    "the database is busy or out of reach (" + e.getMessage() + "); try again in a few seconds",
                    e);
        }
        return new IllegalStateException("database error: " + e.getMessage(), e);
    }
}
