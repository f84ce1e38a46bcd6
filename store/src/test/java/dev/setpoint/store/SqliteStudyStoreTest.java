package dev.setpoint.store;

class SqliteStudyStoreTest extends StudyStoreContract {

    @Override
    String newDatabaseUrl() {
        return SqliteFiles.newUrl();
    }
}
