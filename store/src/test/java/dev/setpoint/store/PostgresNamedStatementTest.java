package dev.setpoint.store;

import dev.setpoint.store.testing.TestPostgres;

class PostgresNamedStatementTest extends NamedStatementContract {

    @Override
    String newDatabaseUrl() {
        return TestPostgres.newDatabase();
    }
}
