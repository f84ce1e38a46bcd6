package dev.setpoint.store;

class SqliteBatchStoreTest extends BatchStoreContract {

    @Override
    String newDatabaseUrl() {
        return SqliteFiles.newUrl();
    }
}
