package dev.setpoint.jobs;

import dev.setpoint.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteRunEstimatesTest extends RunEstimatesContract {

    @TempDir
    Path dataDir;

    @Override
    String newDatabaseUrl() {
        return Database.sqliteUrl(dataDir);
    }
}
