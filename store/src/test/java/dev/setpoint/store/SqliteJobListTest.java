package dev.setpoint.store;

class SqliteJobListTest extends JobListContract {

    @Override
    String newDatabaseUrl() {
        return SqliteFiles.newUrl();
    }
}
