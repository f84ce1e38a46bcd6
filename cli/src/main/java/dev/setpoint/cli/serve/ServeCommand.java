package dev.setpoint.cli.serve;

import dev.setpoint.cli.CommandFailure;
import dev.setpoint.cli.Context;
import dev.setpoint.cli.DataDirOption;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.LibraryLogs;
import dev.setpoint.server.ServerOptions;
import dev.setpoint.server.SetpointServer;
import dev.setpoint.store.Database;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code setpoint serve}: the preset service on SQLite in the data directory, or on PostgreSQL. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Run the Setpoint server (HTTP API, Swagger UI at /swagger-ui.html) until Ctrl-C.",
            "Binds to 127.0.0.1. On first start it creates the user admin and prints how to log in."
        })
public final class ServeCommand implements Callable<Integer> {

    private final Context context;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "The port to listen on; 0 picks a free one (default: $SETPOINT_PORT, else 8080).")
    @Nullable
    Integer port;

    @Mixin
    DataDirOption dataDir;

    @Option(
            names = "--db-url",
            paramLabel = "JDBC_URL",
            description = "A PostgreSQL JDBC URL instead of the embedded database (default: $SETPOINT_DB_URL).")
    @Nullable
    String dbUrl;

    @Option(
            names = "--workers",
            paramLabel = "N",
            description = "How many jobs run at once (default: $SETPOINT_WORKERS, else one per core).")
    @Nullable
    Integer workers;

    public ServeCommand(Context context) {
        this.context = context;
    }

    // The signal handlers are the resource: they are held while serving, never referenced (javac's [try] lint).
    @SuppressWarnings("try")
    @Override
    public Integer call() throws InterruptedException {
        LibraryLogs.forServer();
        ServerOptions options = options();
        SetpointServer server = StartFailures.explained(options, () -> SetpointServer.start(options));
        try (Shutdown shutdown = Shutdown.onSignals(server::close)) {
            context.println("Setpoint is listening on " + server.url());
            context.println("database: " + database(options));
            context.println("log in at " + server.url() + "/login; API docs at " + server.url() + "/swagger-ui.html");
            context.println("the command line against it: export SETPOINT_SERVER=" + server.url()
                    + " SETPOINT_TOKEN=<an API token>");
            context.println("stop with Ctrl-C");
            server.awaitShutdown();
        }
        context.println("Setpoint stopped");
        return ExitCodes.OK;
    }

    /** The environment's settings, then the flags over them. */
    private ServerOptions options() {
        ServerOptions options;
        try {
            options = ServerOptions.fromEnvironment(context.env());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.USAGE, e.getMessage());
        }
        if (port != null) {
            if (port < 0 || port > 65535) {
                throw new CommandFailure(ExitCodes.USAGE, "--port must be 0 to 65535, not " + port);
            }
            options = options.withPort(port);
        }
        if (dbUrl != null) {
            options = options.withDbUrl(dbUrl);
        }
        if (workers != null) {
            if (workers < 1 || workers > 256) {
                throw new CommandFailure(ExitCodes.USAGE, "--workers must be 1 to 256, not " + workers);
            }
            options = options.withWorkers(workers);
        }
        return options.withDataDir(dataDir.path(context));
    }

    private static String database(ServerOptions options) {
        if (options.dbUrl() == null) {
            return "SQLite, " + Database.sqliteUrl(options.dataDir()).substring("jdbc:sqlite:".length());
        }
        return StartFailures.withoutPassword(options.dbUrl());
    }
}
