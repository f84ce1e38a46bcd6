package dev.setpoint.cli.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.PackagedJar;
import dev.setpoint.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, as a user runs it, on a data directory whose database another process holds
 * locked: {@code setpoint run} says so in one line and exits 1. The libraries it runs on log their
 * own errors with stack traces meanwhile; a command's terminal shows none of them.
 */
class LockedDatabaseIT {

    @TempDir
    Path dir;

    @Test
    void runOnALockedDatabasePrintsOneLineAndNoStackTrace() throws Exception {
        Path data = dir.resolve("data");
        Database.open(Database.sqliteUrl(data), Clock.systemUTC()).close();
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        int exit;
        try (Connection other = DriverManager.getConnection(Database.sqliteUrl(data));
                Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            Process process = PackagedJar.command(
                            "run",
                            "--data-dir",
                            data.toString(),
                            "--template",
                            "noop",
                            "--inputs",
                            "{\"prompt\": \"x\"}")
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("ended within 60 s")
                    .isTrue();
            exit = process.exitValue();
            lock.execute("ROLLBACK");
        }
        assertThat(exit).isEqualTo(1);
        assertThat(Files.readAllLines(err))
                .singleElement()
                .asString()
                .startsWith("setpoint: cannot open the database in " + data + ": ")
                .contains("database is locked");
        assertThat(Files.readString(out)).isEmpty();
    }
}
