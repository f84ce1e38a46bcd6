package dev.setpoint.store;

import dev.setpoint.store.testing.TestPostgres;

class PostgresPresetStoreTest extends PresetStoreContract {

    @Override
    String newDatabaseUrl() {
        return TestPostgres.newDatabase();
    }
}
