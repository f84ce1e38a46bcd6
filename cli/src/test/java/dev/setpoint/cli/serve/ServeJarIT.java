package dev.setpoint.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.PackagedJar;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, as a user runs it: {@code java -jar setpoint.jar serve} starts, prints its URL
 * and the first-start setup line, answers health, and stops cleanly (exit 0) on SIGTERM, which
 * {@link Process#destroy()} sends, as it does on Ctrl-C (SIGINT). Runs in {@code verify}, after {@code package}.
 */
class ServeJarIT {

    private static final Pattern LISTENING = Pattern.compile("Setpoint is listening on (http://\\S+)");

    @TempDir
    Path dir;

    @Test
    void theJarServesAndStopsCleanlyOnSigterm() throws Exception {
        Path jar = Path.of("target", "setpoint.jar");
        assertThat(jar).as("the repackaged jar (built in the package phase)").exists();
        // Files, not pipes: destroy() closes a child's pipes, and what it prints while stopping counts too.
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = PackagedJar.command(
                        "serve",
                        "--port",
                        "0",
                        "--data-dir",
                        dir.resolve("data").toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            String url = awaitUrl(process, out, err);
            assertThat(Files.readString(out))
                    .startsWith(
                            "Setpoint first start (shown once): log in at " + url + "/login as admin with password ");
            assertThat(dir.resolve("data/setpoint.db")).exists();

            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");

            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS))
                    .as("stopped within 30 s")
                    .isTrue();
            assertThat(process.exitValue())
                    .as("exit code; stderr: %s", Files.readString(err))
                    .isZero();
            assertThat(Files.readString(out)).endsWith("Setpoint stopped\n");
            assertThat(Files.readString(err)).doesNotContain("Exception").doesNotContain("\tat ");
        } finally {
            process.destroyForcibly();
        }
    }

    private static String awaitUrl(Process process, Path out, Path err) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            Matcher m = LISTENING.matcher(Files.readString(out));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError(
                "no URL printed; stdout: " + Files.readString(out) + "; stderr: " + Files.readString(err));
    }
}
