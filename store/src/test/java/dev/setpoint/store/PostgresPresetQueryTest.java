package dev.setpoint.store;

import dev.setpoint.store.testing.TestPostgres;

class PostgresPresetQueryTest extends PresetQueryContract {

    @Override
    String newDatabaseUrl() {
        return TestPostgres.newDatabase();
    }
}
