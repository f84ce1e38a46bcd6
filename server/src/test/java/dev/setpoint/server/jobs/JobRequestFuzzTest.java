package dev.setpoint.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.setpoint.jobs.testing.Await;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.server.Http;
import dev.setpoint.server.ServerTestBase;
import dev.setpoint.server.config.SetpointProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Job requests as {@code POST /api/jobs} decodes and validates them (Jackson binding, then the same
 * {@code ApplyRequests} as apply), on a real server and SQLite: any body is queued (202) or refused
 * with a 4xx problem that says why, never a 5xx. Jobs run only the test template here (the test
 * executors of {@link JobApiTest}), and each queued one is cancelled at once. Seeds are in
 * {@code JobRequestFuzzTestInputs/}.
 */
// Closed after the class: its workers run only the test template, and while its context lived on in
// the cache it would share the database of every other test context and fail their studies of real
// templates ("cannot run any more").
@DirtiesContext
@Import(JobApiTest.TestExecutors.class)
class JobRequestFuzzTest extends ServerTestBase {

    @Autowired
    SetpointProperties properties;

    private Http user;

    @BeforeEach
    void template() throws Exception {
        Path file = properties.effectiveTemplatesDir().resolve("test-run.yaml");
        if (!Files.exists(file)) {
            Files.writeString(file, TestRuns.TEMPLATE_YAML);
        }
        Await.until(() -> admin().get("/api/templates/test-run@1.0.0").status() == 200);
        user = newUser("fuzz");
    }

    @FuzzTest(maxDuration = "15s")
    @Timeout(30)
    void anyJobRequestIsQueuedOrRefusedInWords(byte[] body) {
        // Jazzer's SSRF detector would report the test's own calls to its server on loopback
        try (SilentCloseable loopback = BugDetectors.allowNetworkConnections(
                (host, port) -> host.equals("localhost") || host.equals("127.0.0.1"))) {
            check(user.postBytes("/api/jobs", body, "application/json"));
        }
    }

    private void check(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 499);
        if (response.status() == 202) {
            user.post("/api/jobs/" + response.text("id") + "/cancel", "");
        } else {
            assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
            assertThat(response.text("detail")).isNotBlank();
        }
    }
}
