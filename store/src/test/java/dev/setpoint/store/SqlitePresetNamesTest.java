package dev.setpoint.store;

class SqlitePresetNamesTest extends PresetNamesContract {

    @Override
    String newDatabaseUrl() {
        return SqliteFiles.newUrl();
    }
}
