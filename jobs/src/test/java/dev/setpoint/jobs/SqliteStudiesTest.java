package dev.setpoint.jobs;

import dev.setpoint.store.Database;
import java.nio.file.Path;

class SqliteStudiesTest extends StudiesContract {

    @Override
    String newDatabaseUrl(Path dataDir) {
        return Database.sqliteUrl(dataDir);
    }
}
