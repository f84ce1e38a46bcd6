package dev.setpoint.store;

class SqlitePresetDependentsTest extends PresetDependentsContract {

    @Override
    String newDatabaseUrl() {
        return SqliteFiles.newUrl();
    }
}
