package dev.setpoint.store;

class SqliteUserStoreTest extends UserStoreContract {

    @Override
    String newDatabaseUrl() {
        return SqliteFiles.newUrl();
    }
}
