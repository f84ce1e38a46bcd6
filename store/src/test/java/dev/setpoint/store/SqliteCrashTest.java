package dev.setpoint.store;

class SqliteCrashTest extends CrashContract {

    @Override
    String newDatabaseUrl() {
        return SqliteFiles.newUrl();
    }
}
