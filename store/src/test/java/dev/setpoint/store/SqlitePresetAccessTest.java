package dev.setpoint.store;

class SqlitePresetAccessTest extends PresetAccessContract {

    @Override
    String newDatabaseUrl() {
        return SqliteFiles.newUrl();
    }
}
