package dev.setpoint.cli.jobs;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.serve.StartFailures;
import dev.setpoint.server.ServerOptions;
import dev.setpoint.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Where a command without a server keeps its jobs: {@code --data-dir}, else the directory
 * {@code serve} uses, and its database ({@code $SETPOINT_DB_URL}, else SQLite in the directory).
 */
public record DataDirectory(Path path, String dbUrl) {

    static final String SQLITE = "jdbc:sqlite:";

    /** @param option the {@code --data-dir} given, or null */
    public static DataDirectory of(Context context, String option) {
        ServerOptions options = ServerOptions.fromEnvironment(context.env());
        Path data = context.workDir().resolve(option != null ? Path.of(option) : options.dataDir()).normalize();
        return new DataDirectory(data, options.dbUrl() != null ? options.dbUrl() : Database.sqliteUrl(data));
    }

    /** Opens (and migrates) the database; a failure is explained in one line, as {@code serve} explains it. */
    public Database open() {
        try {
            return Database.open(dbUrl, Clock.systemUTC());
        } catch (RuntimeException e) {
            throw StartFailures.explainStorage(path, dbUrl.startsWith(SQLITE) ? null : dbUrl, e);
        }
    }

    /** Whether runs may have been recorded: a database URL was given, or the SQLite file exists. */
    public boolean hasDatabase() {
        return !dbUrl.startsWith(SQLITE) || Files.exists(Path.of(dbUrl.substring(SQLITE.length())));
    }
}
