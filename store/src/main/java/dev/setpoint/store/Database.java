package dev.setpoint.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The store on one database: SQLite for an embedded install, PostgreSQL for a shared one. Opening
 * migrates the schema (Flyway, one migration set per vendor), brings presets stored before the
 * name rules to them ({@link StoredNames}) and seeds the system presets. Jobs live here too, and
 * JobRunr's queue tables on the same {@link #dataSource()}.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final Clock clock;
    private final PresetStore presets;
    private final UserStore users;
    private final JobStore jobs;
    private final BatchStore batches;
    private final StudyStore studies;

    private Database(HikariDataSource dataSource, Dialect dialect, Clock clock) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.clock = clock;
        Jdbc jdbc = new Jdbc(dataSource, dialect);
        this.presets = new JdbcPresetStore(jdbc, clock);
        this.users = new JdbcUserStore(jdbc, clock, new Tokens(new SecureRandom()));
        JdbcJobStore jobStore = new JdbcJobStore(jdbc, clock);
        this.jobs = jobStore;
        this.batches = new JdbcBatchStore(jdbc, clock, jobStore);
        this.studies = new JdbcStudyStore(jdbc, clock);
    }

    /**
     * @param jdbcUrl {@code jdbc:sqlite:/path/setpoint.db} or {@code jdbc:postgresql://host/db?user=..&password=..}
     */
    public static Database open(String jdbcUrl, Clock clock) {
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariDataSource dataSource = ConnectionPool.open(jdbcUrl, dialect);
        try {
            // Through SLF4J like HikariCP, so that the application decides what is printed.
            Flyway.configure()
                    .loggers("slf4j")
                    .dataSource(dataSource)
                    .locations(dialect.migrations())
                    .load()
                    .migrate();
            Jdbc jdbc = new Jdbc(dataSource, dialect);
            StoredNames.upgrade(jdbc);
            Seeder.seed(jdbc, clock);
            return new Database(dataSource, dialect, clock);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** {@code jdbc:sqlite:<dataDir>/setpoint.db}. */
    public static String sqliteUrl(Path dataDir) {
        return "jdbc:sqlite:" + dataDir.resolve("setpoint.db").toAbsolutePath();
    }

    public PresetStore presets() {
        return presets;
    }

    public UserStore users() {
        return users;
    }

    public JobStore jobs() {
        return jobs;
    }

    public BatchStore batches() {
        return batches;
    }

    /** Tuning studies and their trials. */
    public StudyStore studies() {
        return studies;
    }

    /** The clock the store times its records by, for those who time against them (a study's wall time). */
    public Clock clock() {
        return clock;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The pooled connections, for health checks. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
