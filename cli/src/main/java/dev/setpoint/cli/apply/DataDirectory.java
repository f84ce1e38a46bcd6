package dev.setpoint.cli.apply;

import dev.setpoint.cli.Context;
import dev.setpoint.server.ServerOptions;
import dev.setpoint.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command without a server keeps its jobs: {@code --data-dir}, else the directory
 * {@code serve} uses, and its database ({@code $SETPOINT_DB_URL}, else SQLite in the directory).
 */
record DataDirectory(Path path, String dbUrl) {

    static final String SQLITE = "jdbc:sqlite:";

    /** @param option the {@code --data-dir} given, or null */
    static DataDirectory of(Context context, String option) {
        ServerOptions options = ServerOptions.fromEnvironment(context.env());
        Path data = context.workDir().resolve(option != null ? Path.of(option) : options.dataDir()).normalize();
        return new DataDirectory(data, options.dbUrl() != null ? options.dbUrl() : Database.sqliteUrl(data));
    }

    /** Whether runs may have been recorded: a database URL was given, or the SQLite file exists. */
    boolean hasDatabase() {
        return !dbUrl.startsWith(SQLITE) || Files.exists(Path.of(dbUrl.substring(SQLITE.length())));
    }
}
