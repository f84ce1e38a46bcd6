/**
 * The {@code setpoint} command (picocli). Options every command may take ({@code ServerOption}: {@code
 * --server}, {@code --token}; {@code DataDirOption}: {@code --data-dir}, defaulting to store's {@code
 * DefaultDataDir}) may come before or after the command: {@code Main}'s factory gives one instance of
 * each per command line. Commands reach data through small interfaces with an offline implementation
 * (core, and the data directory's database through the {@code jobs} module) and a remote one ({@code
 * remote}), so the output code is shared. {@code ErrorReporter} and {@code ExitCodes} are the one
 * place that turns exceptions into lines and exit codes. The libraries' log lines (Flyway, JobRunr,
 * HikariCP, with their stack traces) are off for every command but {@code serve} ({@code
 * LibraryLogs}), since the command's own line already says what failed; {@code SETPOINT_DEBUG=1} shows
 * them, and the stack trace of an unexpected error.
 */
@NullMarked
package dev.setpoint.cli;

import org.jspecify.annotations.NullMarked;
