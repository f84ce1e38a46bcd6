package dev.setpoint.store;

import static dev.setpoint.store.TestSql.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.store.testing.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Which PostgreSQL failures mean "busy or out of reach, try again": real errors from the real server. */
class PostgresTransientErrorsTest {

    @Test
    void aLockNotGrantedInTimeIsTransientAUniqueViolationIsNot() throws Exception {
        String url = TestPostgres.newDatabase();
        try (Connection holder = DriverManager.getConnection(url);
                Connection waiter = DriverManager.getConnection(url)) {
            execute(holder, "CREATE TABLE t (v INTEGER PRIMARY KEY)");
            execute(holder, "INSERT INTO t VALUES (1)");
            holder.setAutoCommit(false);
            execute(holder, "LOCK TABLE t IN ACCESS EXCLUSIVE MODE");
            execute(waiter, "SET lock_timeout = '100ms'");

            SQLException notGranted =
                    catchThrowableOfType(SQLException.class, () -> execute(waiter, "INSERT INTO t VALUES (2)"));
            holder.rollback();
            SQLException duplicate =
                    catchThrowableOfType(SQLException.class, () -> execute(waiter, "INSERT INTO t VALUES (1)"));

            assertThat(notGranted.getSQLState()).isEqualTo("55P03");
            assertThat(Dialect.POSTGRESQL.isTransient(notGranted)).isTrue();
            assertThat(Dialect.POSTGRESQL.isTransient(duplicate)).isFalse();
        }
    }

    /** What a restart of the server does to the sessions it had. */
    @Test
    void aSessionEndedByTheServerIsTransient() throws Exception {
        String url = TestPostgres.newDatabase();
        try (Connection admin = DriverManager.getConnection(TestPostgres.adminUrl());
                Connection ended = DriverManager.getConnection(url)) {
            int pid;
            try (Statement statement = ended.createStatement();
                    ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
                result.next();
                pid = result.getInt(1);
            }
            execute(admin, "SELECT pg_terminate_backend(" + pid + ")");

            SQLException gone = catchThrowableOfType(SQLException.class, () -> execute(ended, "SELECT 1"));

            assertThat(gone.getSQLState()).isIn("57P01", "08006");
            assertThat(Dialect.POSTGRESQL.isTransient(gone)).isTrue();
        }
    }

    /**
     * PostgreSQL answers disk_full (53100) when it cannot extend a file. The server raises that state
     * here itself, since its disk cannot be filled in a test; what reaches Setpoint is the same.
     */
    @Test
    void aFullDiskIsStorageFullAndNotTransient() {
        try (Database db = Database.open(TestPostgres.newDatabase(), Clock.systemUTC())) {
            Jdbc jdbc = new Jdbc(db.dataSource(), db.dialect());

            SetpointException full = catchThrowableOfType(
                    SetpointException.class,
                    () -> jdbc.transaction(c -> {
                        execute(
                                c,
                                "DO $$ BEGIN RAISE EXCEPTION 'could not extend file' USING ERRCODE = 'disk_full'; END $$");
                        return null;
                    }));

            assertThat(full.kind()).isEqualTo(Kind.STORAGE_FULL);
            assertThat(full.getCause())
                    .isInstanceOfSatisfying(
                            SQLException.class,
                            e -> assertThat(Dialect.POSTGRESQL.isTransient(e)).isFalse());
        }
    }
}
