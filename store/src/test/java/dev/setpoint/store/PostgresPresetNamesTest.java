package dev.setpoint.store;

import dev.setpoint.store.testing.TestPostgres;

class PostgresPresetNamesTest extends PresetNamesContract {

    @Override
    String newDatabaseUrl() {
        return TestPostgres.newDatabase();
    }
}
