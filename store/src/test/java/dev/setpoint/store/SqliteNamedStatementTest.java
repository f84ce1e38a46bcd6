package dev.setpoint.store;

class SqliteNamedStatementTest extends NamedStatementContract {

    @Override
    String newDatabaseUrl() {
        return SqliteFiles.newUrl();
    }
}
