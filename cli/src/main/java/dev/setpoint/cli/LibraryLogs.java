package dev.setpoint.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the libraries' log lines reach the terminal. An offline command reports every failure in
 * its own one-line message, so there Flyway's, JobRunr's and Hikari's warnings, with their stack
 * traces, would only bury it: they are off unless {@code SETPOINT_DEBUG=1}. The server's log is its
 * operator's, so {@code setpoint serve} turns them back on.
 */
public final class LibraryLogs {

    private LibraryLogs() {}

    /** Called once by the process's entry point, before any command runs. */
    static void offUnlessDebug(Context context) {
        if (!context.debug()) {
            root().setLevel(Level.OFF);
        }
    }

    /** Warnings and errors, the level logback.xml gives the root logger. */
    public static void forServer() {
        root().setLevel(Level.WARN);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
