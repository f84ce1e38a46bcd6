package dev.setpoint.jobs;

import dev.setpoint.store.Database;
import java.nio.file.Path;

class SqliteJobsTest extends JobsContract {

    @Override
    String newDatabaseUrl(Path dataDir) {
        return Database.sqliteUrl(dataDir);
    }
}
