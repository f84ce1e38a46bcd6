package dev.setpoint.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The pooled connections of a {@link Database}, set up for its vendor. */
final class ConnectionPool {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPool.class);

    private ConnectionPool() {}

    static HikariDataSource open(String jdbcUrl, Dialect dialect) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("setpoint-" + dialect.id());
        switch (dialect) {
            case SQLITE -> {
                config.setDataSource(SqliteDataSource.open(jdbcUrl));
                config.setMaximumPoolSize(4);
            }
            case POSTGRESQL -> {
                config.setJdbcUrl(jdbcUrl);
                config.setMaximumPoolSize(10);
            }
        }
        config.setExceptionOverride(new OutOfStepEviction(dialect));
        return new HikariDataSource(config);
    }

    /**
     * Closes a connection that may disagree with its database about its transaction (see
     * {@link Dialect#isOutOfStep}) instead of handing it out again; leaves every other failure to
     * the pool's own rules.
     */
    private static final class OutOfStepEviction implements SQLExceptionOverride {

        private final Dialect dialect;

        OutOfStepEviction(Dialect dialect) {
            this.dialect = dialect;
        }

        @java.lang.Override
        public SQLExceptionOverride.Override adjudicate(SQLException e) {
            if (!dialect.isOutOfStep(e)) {
                return SQLExceptionOverride.Override.CONTINUE_EVICT;
            }
            // One line; Hikari's own report of it, with a stack trace, is off in logback.xml.
            LOG.warn("closing a pooled {} connection after: {}", dialect.id(), e.getMessage());
            return SQLExceptionOverride.Override.MUST_EVICT;
        }
    }
}
