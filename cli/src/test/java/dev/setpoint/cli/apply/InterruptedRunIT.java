package dev.setpoint.cli.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, as a user runs it: {@code setpoint run} without a server, stopped while it waits
 * (Ctrl-C and a SIGTERM both end the JVM through its shutdown hooks), cancels the job it ran, which
 * would otherwise stay running in the data directory for a later {@code serve} to run again.
 */
class InterruptedRunIT {

    @TempDir
    Path dir;

    @Test
    void stoppingAnOfflineRunCancelsItsJob() throws Exception {
        Path data = dir.resolve("data");
        Path err = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", Path.of("target", "setpoint.jar").toString(), "run",
                "--data-dir", data.toString(), "--template", "text-to-video", "--quality", "draft",
                "--inputs", "{\"prompt\": \"waves\", \"frames\": 600}")
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(err.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(err).contains("frame ") && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(err)).as("the run's progress").contains("frame ");

        process.destroy();

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("ended within 30 s").isTrue();
        assertThat(Files.readString(err)).containsPattern("setpoint: job [0-9a-f-]{36} cancelled");
        try (Connection db = DriverManager.getConnection(Database.sqliteUrl(data));
                Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT status FROM jobs")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("cancelled");
        }
    }
}
