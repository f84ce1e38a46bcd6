package dev.setpoint.store;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The store on one database: SQLite for an embedded install, PostgreSQL for a shared one. Opening
 * migrates the schema (Flyway, one migration set per vendor) and seeds the system presets.
 */
public final class Database implements AutoCloseable {

    private Database() {}

    /**
     * @param jdbcUrl {@code jdbc:sqlite:/path/setpoint.db} or {@code jdbc:postgresql://host/db?user=..&password=..}
     */
    public static Database open(String jdbcUrl, Clock clock) {
        throw new UnsupportedOperationException("API commit; implementation follows");
    }

    /** {@code jdbc:sqlite:<dataDir>/setpoint.db}. */
    public static String sqliteUrl(Path dataDir) {
        return "jdbc:sqlite:" + dataDir.resolve("setpoint.db").toAbsolutePath();
    }

    public PresetStore presets() {
        throw new UnsupportedOperationException("API commit; implementation follows");
    }

    public UserStore users() {
        throw new UnsupportedOperationException("API commit; implementation follows");
    }

    public Dialect dialect() {
        throw new UnsupportedOperationException("API commit; implementation follows");
    }

    /** The pooled connections, for health checks. */
    public DataSource dataSource() {
        throw new UnsupportedOperationException("API commit; implementation follows");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("API commit; implementation follows");
    }
}
