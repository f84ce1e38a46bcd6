package dev.setpoint.store;

import dev.setpoint.store.testing.TestPostgres;

class PostgresPresetAccessTest extends PresetAccessContract {

    @Override
    String newDatabaseUrl() {
        return TestPostgres.newDatabase();
    }
}
