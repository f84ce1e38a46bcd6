package dev.setpoint.store;

import dev.setpoint.store.testing.TestPostgres;

class PostgresJobStoreTest extends JobStoreContract {

    @Override
    String newDatabaseUrl() {
        return TestPostgres.newDatabase();
    }
}
