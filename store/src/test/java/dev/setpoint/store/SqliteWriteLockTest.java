package dev.setpoint.store;

import static dev.setpoint.store.TestSql.count;
import static dev.setpoint.store.TestSql.execute;
import static dev.setpoint.store.TestSql.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** How SQLite writers share the one write lock: they wait for it, up to a timeout, and never keep it. */
class SqliteWriteLockTest {

    @TempDir
    Path dataDir;

    @Test
    void aWriterWaitsWhileAnotherHoldsTheWriteLockAndWritesOnceItIsReleased() throws Exception {
        try (Database db = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC());
                Connection holder = db.dataSource().getConnection()) {
            execute(holder, "CREATE TABLE t (v INTEGER)");
            execute(holder, "BEGIN IMMEDIATE");
            execute(holder, "INSERT INTO t VALUES (1)");
            Jdbc jdbc = new Jdbc(db.dataSource(), db.dialect());
            AtomicReference<Thread> writer = new AtomicReference<>();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Integer> second = pool.submit(() -> {
                    writer.set(Thread.currentThread());
                    return jdbc.transaction(c -> update(c, "INSERT INTO t VALUES (2)"));
                });
                awaitParked(writer);
                assertThat(second).isNotDone();
                execute(holder, "COMMIT");
                assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
            assertThat(count(holder, "SELECT count(*) FROM t")).isEqualTo(2);
        }
    }

    @Test
    void aWriterGivesUpWithSqliteBusyWhenTheLockIsHeldPastTheTimeout() throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        SqliteDataSource dataSource = new SqliteDataSource(Database.sqliteUrl(dataDir), config, Duration.ofMillis(100));
        try (Connection holder = dataSource.getConnection();
                Connection waiter = dataSource.getConnection()) {
            execute(holder, "BEGIN IMMEDIATE");
            assertThatThrownBy(() -> execute(waiter, "BEGIN IMMEDIATE"))
                    .isInstanceOfSatisfying(
                            SQLiteException.class,
                            e -> assertThat(e.getResultCode()).isEqualTo(SQLiteErrorCode.SQLITE_BUSY));
            execute(holder, "ROLLBACK");
            execute(waiter, "BEGIN IMMEDIATE");
            execute(waiter, "COMMIT");
        }
    }

    @Test
    void aTransactionThatFailsIsRolledBackAndLeavesNoPooledConnectionHoldingTheLock() throws Exception {
        try (Database db = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC())) {
            Jdbc jdbc = new Jdbc(db.dataSource(), db.dialect());
            jdbc.transaction(c -> update(c, "CREATE TABLE t (v INTEGER NOT NULL)"));
            for (int i = 0; i < 8; i++) {
                assertThatThrownBy(() -> jdbc.transaction(c -> {
                            update(c, "INSERT INTO t VALUES (1)");
                            return update(c, "INSERT INTO t VALUES (NULL)");
                        }))
                        .hasMessageContaining("NOT NULL");
                jdbc.transaction(c -> update(c, "INSERT INTO t VALUES (2)"));
            }
            long failed = jdbc.read(c -> count(c, "SELECT count(*) FROM t WHERE v = 1"));
            long committed = jdbc.read(c -> count(c, "SELECT count(*) FROM t WHERE v = 2"));
            assertThat(failed).isZero();
            assertThat(committed).isEqualTo(8);
            CompletableFuture<Integer> outside =
                    CompletableFuture.supplyAsync(() -> jdbc.transaction(c -> update(c, "INSERT INTO t VALUES (3)")));
            assertThat(outside.get(1, TimeUnit.SECONDS)).isEqualTo(1);
        }
    }

    @Test
    void aWriteThatWaitedOutTheTimeoutIsUnavailableNotAnInternalError() throws Exception {
        try (Database db = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC());
                Connection other = lockedByAnotherConnection(db)) {
            Jdbc jdbc = new Jdbc(db.dataSource(), db.dialect());
            assertThatThrownBy(() -> jdbc.transaction(c -> update(c, "INSERT INTO t VALUES (1)")))
                    .isInstanceOfSatisfying(SetpointException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
                        assertThat(e.getMessage()).contains("the database is busy", "SQLITE_BUSY");
                    });
            execute(other, "ROLLBACK");
            int inserted = jdbc.transaction(c -> update(c, "INSERT INTO t VALUES (1)"));
            assertThat(inserted).isEqualTo(1);
        }
    }

    /**
     * JobRunr begins its transactions with {@code setAutoCommit(false)}. When that BEGIN fails busy,
     * sqlite-jdbc already counts the connection as in a transaction, and every later commit on it
     * failed with "no transaction is active": the pool must not hand that connection out again.
     */
    @Test
    void aConnectionWhoseBeginFailedBusyIsNotHandedOutAgain() throws Exception {
        try (Database db = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC());
                Connection other = lockedByAnotherConnection(db)) {
            try (Connection failed = db.dataSource().getConnection()) {
                assertThatThrownBy(() -> failed.setAutoCommit(false))
                        .isInstanceOfSatisfying(
                                SQLiteException.class,
                                e -> assertThat(e.getResultCode()).isEqualTo(SQLiteErrorCode.SQLITE_BUSY));
            }
            execute(other, "ROLLBACK");
            assertEveryPooledConnectionCommits(db);
        }
    }

    /**
     * A connection that already disagrees with SQLite about its transaction, as one does after SQLite
     * rolled back on its own (a full disk, I/O): its commit fails, and it is not handed out again.
     */
    @Test
    void aConnectionWhoseCommitFoundNoTransactionIsNotHandedOutAgain() throws Exception {
        try (Database db = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC())) {
            Jdbc jdbc = new Jdbc(db.dataSource(), db.dialect());
            jdbc.transaction(c -> update(c, "CREATE TABLE t (v INTEGER)"));
            try (Connection outOfStep = db.dataSource().getConnection()) {
                outOfStep.setAutoCommit(false);
                execute(outOfStep, "ROLLBACK");
                assertThatThrownBy(outOfStep::commit).hasMessageContaining("no transaction is active");
            }
            assertEveryPooledConnectionCommits(db);
        }
    }

    /** Commits a row to {@code t} on more connections than the pool holds, as JobRunr begins and commits. */
    private static void assertEveryPooledConnectionCommits(Database db) throws SQLException {
        for (int i = 0; i < 8; i++) {
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                update(c, "INSERT INTO t VALUES (" + i + ")");
                c.commit();
            }
        }
        long rows = new Jdbc(db.dataSource(), db.dialect()).read(c -> count(c, "SELECT count(*) FROM t"));
        assertThat(rows).isEqualTo(8);
    }

    /** Table {@code t}, and another connection (not pooled) holding the database's write lock. */
    private Connection lockedByAnotherConnection(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            execute(c, "CREATE TABLE t (v INTEGER)");
        }
        Connection other = DriverManager.getConnection(Database.sqliteUrl(dataDir));
        execute(other, "BEGIN EXCLUSIVE");
        return other;
    }

    /** Until the writer waits in the busy handler's park: it found the lock held. */
    private static void awaitParked(AtomicReference<Thread> writer) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (writer.get() == null || writer.get().getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime())
                    .as("the writer never waited for the lock")
                    .isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
