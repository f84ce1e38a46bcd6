package dev.setpoint.store;

import dev.setpoint.store.testing.TestPostgres;

class PostgresPresetDependentsTest extends PresetDependentsContract {

    @Override
    String newDatabaseUrl() {
        return TestPostgres.newDatabase();
    }
}
