package dev.setpoint.jobs;

import dev.setpoint.store.testing.TestPostgres;
import java.nio.file.Path;

class PostgresStudiesTest extends StudiesContract {

    @Override
    String newDatabaseUrl(Path dataDir) {
        return TestPostgres.newDatabase();
    }
}
