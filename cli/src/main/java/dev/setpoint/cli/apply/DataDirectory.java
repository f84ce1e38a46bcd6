package dev.setpoint.cli.apply;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.DataDirOption;
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
record DataDirectory(Path path, String dbUrl) {

    static final String SQLITE = "jdbc:sqlite:";

    static DataDirectory of(Context context, DataDirOption option) {
        ServerOptions options = ServerOptions.fromEnvironment(context.env());
        Path data = option.path(context);
        return new DataDirectory(data, options.dbUrl() != null ? options.dbUrl() : Database.sqliteUrl(data));
    }

    /** Opens (and migrates) the database; a failure is explained in one line, as {@code serve} explains it. */
    Database open() {
        try {
            return Database.open(dbUrl, Clock.systemUTC());
        } catch (RuntimeException e) {
            throw StartFailures.explainStorage(path, dbUrl.startsWith(SQLITE) ? null : dbUrl, e);
        }
    }

    /** Whether runs may have been recorded: a database URL was given, or the SQLite file exists. */
    boolean hasDatabase() {
        return !dbUrl.startsWith(SQLITE) || Files.exists(Path.of(dbUrl.substring(SQLITE.length())));
    }
}
