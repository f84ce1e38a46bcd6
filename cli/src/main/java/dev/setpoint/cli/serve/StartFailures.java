package dev.setpoint.cli.serve;

import dev.setpoint.cli.CommandFailure;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.core.SetpointException;
import dev.setpoint.server.ServerOptions;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.PortInUseException;

/**
 * Why a server did not start, in one line a user can act on: a port in use, a data directory that
 * cannot be written, a database that cannot be opened. Spring wraps the cause in its own exceptions;
 * the innermost one that says something is what counts.
 */
public final class StartFailures {

    private StartFailures() {}

    static <T> T explained(ServerOptions options, Supplier<T> start) {
        try {
            return start.get();
        } catch (RuntimeException e) {
            throw explain(options, e);
        }
    }

    static RuntimeException explain(ServerOptions options, Throwable failure) {
        PortInUseException port = find(failure, PortInUseException.class);
        if (port != null) {
            return new CommandFailure(
                    ExitCodes.IO,
                    "port " + options.port() + " on " + options.bindAddress()
                            + " is in use; choose another with --port or SETPOINT_PORT");
        }
        return explainStorage(options.dataDir(), options.dbUrl(), failure);
    }

    /**
     * Why the data directory or its database could not be used, for any command that opens them.
     *
     * @param dbUrl the database URL given, or null for SQLite in {@code dataDir}
     */
    public static RuntimeException explainStorage(Path dataDir, @Nullable String dbUrl, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SetpointException e) {
                return new SetpointException(e.kind(), e.problems());
            }
            if (t instanceof FileSystemException e) {
                return new CommandFailure(
                        ExitCodes.IO,
                        "cannot use the data directory " + dataDir + ": " + reason(e)
                                + "; choose another with --data-dir or SETPOINT_DATA_DIR",
                        t);
            }
        }
        SQLException sql = find(failure, SQLException.class);
        String message = sql != null ? sql.getMessage() : deepest(failure).getMessage();
        String target = dbUrl == null ? "in " + dataDir : withoutPassword(dbUrl);
        return new CommandFailure(ExitCodes.IO, "cannot open the database " + target + ": " + message, failure);
    }

    /** A JDBC URL as it may be printed: any password in it masked. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
    }

    /** Why the file system refused, without the path it repeats: "permission denied", "Not a directory". */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null
                    ? f.getReason()
                    : "cannot create " + f.getFile() + " (" + f.getClass().getSimpleName() + ")";
        }
        return e.getMessage();
    }

    private static <E extends Throwable> @Nullable E find(Throwable failure, Class<E> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable deepest(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
