package dev.setpoint.store;

class SqliteJobStoreTest extends JobStoreContract {

    @Override
    String newDatabaseUrl() {
        return SqliteFiles.newUrl();
    }
}
