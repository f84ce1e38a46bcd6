package dev.setpoint.cli.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.PackagedJar;
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
 * would otherwise stay running in the data directory for a later {@code serve} to run again; one
 * killed outright leaves it so, for {@code jobs cancel} to cancel from the data directory.
 */
class InterruptedRunIT {

    @TempDir
    Path dir;

    @Test
    void stoppingAnOfflineRunCancelsItsJob() throws Exception {
        Path data = dir.resolve("data");
        Process process = startRun(data);

        process.destroy();

        assertThat(process.waitFor(30, TimeUnit.SECONDS))
                .as("ended within 30 s")
                .isTrue();
        assertThat(Files.readString(dir.resolve("stderr.txt")))
                .containsPattern("setpoint: job [0-9a-f-]{36} cancelled");
        assertThat(status(data)).isEqualTo("cancelled");
    }

    @Test
    void aJobAKilledRunLeftRunningIsCancelledFromTheDataDirectory() throws Exception {
        Path data = dir.resolve("data");
        Process process = startRun(data);

        process.destroyForcibly();

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
        assertThat(status(data)).isEqualTo("running");
        String id = id(data);
        assertThat(new Cli(dir)
                        .run("jobs", "cancel", id, "--data-dir", data.toString())
                        .succeeds()
                        .out())
                .isEqualTo("job " + id + " cancelled\n");
        assertThat(status(data)).isEqualTo("cancelled");
        assertThat(data.resolve("jobs").resolve(id)).doesNotExist();
        new Cli(dir).run("jobs", "cancel", id, "--data-dir", data.toString()).failsWith(ExitCodes.CONFLICT);
    }

    /** The packaged jar's {@code setpoint run} of a long video, once its progress shows. */
    private Process startRun(Path data) throws Exception {
        Path err = dir.resolve("stderr.txt");
        Process process = PackagedJar.command(
                        "run",
                        "--data-dir",
                        data.toString(),
                        "--template",
                        "text-to-video",
                        "--quality",
                        "draft",
                        "--inputs",
                        "{\"prompt\": \"waves\", \"frames\": 600}")
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(err.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(err).contains("frame ") && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(err)).as("the run's progress").contains("frame ");
        return process;
    }

    private static String status(Path data) throws Exception {
        return column(data, "status");
    }

    private static String id(Path data) throws Exception {
        return column(data, "id");
    }

    private static String column(Path data, String column) throws Exception {
        try (Connection db = DriverManager.getConnection(Database.sqliteUrl(data));
                Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT " + column + " FROM jobs")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }
}
