package dev.setpoint.store;

import dev.setpoint.core.SetpointException;

/** Everything that differs between SQLite and PostgreSQL; the rest of the store's SQL is shared. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

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
}
