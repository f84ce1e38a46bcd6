/**
 * Storage in plain Java and JDBC: SQLite embedded by default, PostgreSQL for shared deployments.
 * {@code Database.open(jdbcUrl, clock)} runs the vendor's Flyway migrations ({@code
 * db/migration/sqlite}, {@code db/migration/postgresql}), seeds the eight system presets with fixed
 * ids 1 to 8 (insert if absent, so restarts never duplicate or resurrect one) and hands out {@code
 * PresetStore}, {@code UserStore} and {@code JobStore}. SQL lives in text blocks next to the
 * repository that runs it, with {@code :name} parameters that {@code NamedSql} turns into {@code ?}
 * once and {@code NamedStatement} binds by name (an unknown or unbound name fails before the statement
 * runs); what differs between the vendors' SQL lives in {@code Dialect} (statement text, binding
 * instants and JSON, what an error code means). {@code ConnectionPool} builds the HikariCP pool,
 * {@code SqliteDataSource} holds SQLite's connection settings, {@code Transactions} begins and ends
 * the store's transactions, and {@code Jdbc} runs them and maps failures to error kinds. One {@code
 * presets} table serves both kinds of preset ({@code kind} column; the body is {@code PresetCodec}
 * JSON, TEXT in SQLite, JSONB in PostgreSQL). A list is two calls, {@code count} and {@code page}; a
 * page finds its ids on the covering index {@code presets_page (id, visibility, owner_id)} before
 * reading whole rows.
 *
 * <p><b>Durability and contention.</b> SQLite runs in WAL mode with {@code synchronous=FULL}, so a
 * {@code kill -9} loses no acknowledged write ({@code CrashContract} proves it with a child JVM). Its
 * writers queue for the one write lock: transactions say {@code BEGIN IMMEDIATE} themselves ({@code
 * Transactions.SQL_STATEMENTS}), and every pooled connection waits for the lock in 50 µs steps for up
 * to 5 s ({@code SqliteBusyWait}, instead of SQLite's busy timeout, whose first retry comes a
 * millisecond later). A statement that still finds the database busy or out of reach (the lock held
 * past those 5 s; on PostgreSQL a lock not granted under a {@code lock_timeout}, a deadlock, a session
 * ended by a restart, a lost connection, no connection free within the pool's 30 s) is a {@code
 * SetpointException} of kind {@code UNAVAILABLE}: 503 with {@code Retry-After} from the server, exit 1
 * from the CLI. A write that finds the disk full (SQLITE_FULL; PostgreSQL's 53100) is {@code
 * STORAGE_FULL}: 507 without {@code Retry-After}, since waiting makes no room. A SQLite connection
 * that failed busy, on a full disk or on I/O is evicted from the pool (one WARN line from {@code
 * ConnectionPool}), and so is one whose commit found no transaction: after such errors SQLite may have
 * rolled back on its own while sqlite-jdbc still counts the connection as in a transaction, and every
 * later commit on it would fail ({@code SqliteWriteLockTest}).
 *
 * <p><b>Studies</b> ({@code StudyStore}, tables {@code studies} and {@code study_trials}): a study's
 * spec is JSON the store keeps as text on both vendors (JSONB would reorder the space's members); a
 * trial is a point with either its job, inserted queued with the trial in one transaction, or the
 * failure that kept it from one; its status and measurements are read from its job. The key (study,
 * trial index) refuses a trial proposed twice, and a study ends once, cancelling its unfinished jobs
 * in the same transaction.
 *
 * <p><b>Staleness.</b> Every preset write bumps {@code store_changes.version} in the same transaction;
 * the server's caches check it before serving, so two instances on one PostgreSQL never serve a stale
 * preset.
 *
 * <p><b>Tests</b> are contracts run on both databases ({@code JobStoreContract}, {@code
 * PresetStoreContract}). {@code TestPostgres} (the test-jar) uses {@code SETPOINT_TEST_PG_URL} if set,
 * else zonky's embedded PostgreSQL, run as {@code nobody} through {@code setpriv} when the tests run
 * as root.
 */
@NullMarked
package dev.setpoint.store;

import org.jspecify.annotations.NullMarked;
