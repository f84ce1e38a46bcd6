package dev.setpoint.store;

import dev.setpoint.store.testing.TestPostgres;

class PostgresStudyStoreTest extends StudyStoreContract {

    @Override
    String newDatabaseUrl() {
        return TestPostgres.newDatabase();
    }
}
