package dev.setpoint.store;

import dev.setpoint.store.testing.TestPostgres;

class PostgresBatchStoreTest extends BatchStoreContract {

    @Override
    String newDatabaseUrl() {
        return TestPostgres.newDatabase();
    }
}
