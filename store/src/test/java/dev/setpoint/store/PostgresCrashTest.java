package dev.setpoint.store;

import dev.setpoint.store.testing.TestPostgres;

class PostgresCrashTest extends CrashContract {

    @Override
    String newDatabaseUrl() {
        return TestPostgres.newDatabase();
    }
}
