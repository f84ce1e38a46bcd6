package dev.setpoint.cli.jobs;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.DataDirOption;
import dev.setpoint.cli.serve.StartFailures;
import dev.setpoint.store.Database;
import dev.setpoint.store.DefaultDataDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Where a command without a server keeps its jobs: {@code --data-dir}, else the directory
 * {@code serve} uses, and its database ({@code $SETPOINT_DB_URL}, else SQLite in the directory).
 */
public record DataDirectory(Path path, String dbUrl) {

    static final String SQLITE = "jdbc:sqlite:";

    public static DataDirectory of(Context context, DataDirOption option) {
        Path data = option.path(context);
        String dbUrl = DefaultDataDir.dbUrl(context.env());
        return new DataDirectory(data, dbUrl != null ? dbUrl : Database.sqliteUrl(data));
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
