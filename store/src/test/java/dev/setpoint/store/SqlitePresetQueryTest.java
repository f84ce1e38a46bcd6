package dev.setpoint.store;

class SqlitePresetQueryTest extends PresetQueryContract {

    @Override
    String newDatabaseUrl() {
        return SqliteFiles.newUrl();
    }
}
