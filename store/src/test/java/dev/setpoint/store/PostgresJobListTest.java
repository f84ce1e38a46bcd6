package dev.setpoint.store;

import dev.setpoint.store.testing.TestPostgres;

class PostgresJobListTest extends JobListContract {

    @Override
    String newDatabaseUrl() {
        return TestPostgres.newDatabase();
    }
}
