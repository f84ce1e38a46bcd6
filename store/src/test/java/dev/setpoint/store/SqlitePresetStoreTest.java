package dev.setpoint.store;

class SqlitePresetStoreTest extends PresetStoreContract {

    @Override
    String newDatabaseUrl() {
        return SqliteFiles.newUrl();
    }
}
