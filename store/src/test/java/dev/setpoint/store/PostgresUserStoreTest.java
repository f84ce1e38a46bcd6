package dev.setpoint.store;

import dev.setpoint.store.testing.TestPostgres;

class PostgresUserStoreTest extends UserStoreContract {

    @Override
    String newDatabaseUrl() {
        return TestPostgres.newDatabase();
    }
}
