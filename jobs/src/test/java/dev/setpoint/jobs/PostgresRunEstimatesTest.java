package dev.setpoint.jobs;

import dev.setpoint.store.testing.TestPostgres;

class PostgresRunEstimatesTest extends RunEstimatesContract {

    @Override
    String newDatabaseUrl() {
        return TestPostgres.newDatabase();
    }
}
