package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A writer killed with SIGKILL loses no acknowledged write and leaves a consistent database. */
abstract class CrashContract extends StoreContract {

    private static final int ACKS_BEFORE_KILL = 300;

    @Test
    void killNineInTheMiddleOfWritesLosesNoAcknowledgedWrite() throws Exception {
        String url = newDatabaseUrl();
        Process writer = new ProcessBuilder(
                        javaCommand(), "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long userId;
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            userId = Long.parseLong(next(out, CrashWriter.USER));
            while (acknowledged.size() < ACKS_BEFORE_KILL) {
                acknowledged.add(Long.parseLong(next(out, CrashWriter.ACK)));
            }
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            writer.destroyForcibly();
        }

        try (Database reopened = Database.open(url, clock)) {
            Viewer owner = new Viewer(userId, false);
            for (long id : acknowledged) {
                assertThat(reopened.presets().find(owner, id))
                        .as("acknowledged preset %d", id)
                        .isPresent();
            }
            if (reopened.dialect() == Dialect.SQLITE) {
                assertThat(integrityCheck(reopened)).isEqualTo("ok");
            }
            StoredPreset after =
                    reopened.presets().create(owner, Samples.parameter("after the crash"), Visibility.PRIVATE);
            assertThat(reopened.presets().find(owner, after.id())).isPresent();
            assertThat(reopened.presets().changeVersion()).isGreaterThan(acknowledged.size());
        }
    }

    /** The value of the next line starting with {@code prefix}; the child may log other lines. */
    private static String next(BufferedReader out, String prefix) throws Exception {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        throw new AssertionError("the writer ended before printing " + prefix);
    }

    private static String integrityCheck(Database database) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            result.next();
            return result.getString(1);
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
