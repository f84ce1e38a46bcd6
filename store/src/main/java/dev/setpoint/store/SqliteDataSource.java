package dev.setpoint.store;

import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/** SQLite connections with the store's settings, each waiting for the write lock by {@link SqliteBusyWait}. */
final class SqliteDataSource extends SQLiteDataSource {

    private final Duration busyTimeout;

    SqliteDataSource(String url, SQLiteConfig config, Duration busyTimeout) {
        super(config);
        setUrl(url);
        this.busyTimeout = busyTimeout;
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
}
