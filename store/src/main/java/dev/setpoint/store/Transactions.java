package dev.setpoint.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** How the store begins, commits and rolls back the transactions it writes in ({@link Jdbc#transaction}). */
enum Transactions {

    /**
     * In SQL on a connection left in auto-commit mode (SQLite): the driver's commit() begins the next
     * transaction straight away, which with IMMEDIATE takes the write lock again until the pool
     * restores auto-commit, and makes another writer wait for a lock no one uses.
     */
    SQL_STATEMENTS {
        /** BEGIN IMMEDIATE: the write lock from here on, so two writers queue instead of deadlocking. */
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
    },

    /** Through the driver (PostgreSQL); the pool restores auto-commit when the connection is returned. */
    DRIVER {
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
    };

    static Transactions of(Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> SQL_STATEMENTS;
            case POSTGRESQL -> DRIVER;
        };
    }

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
}
