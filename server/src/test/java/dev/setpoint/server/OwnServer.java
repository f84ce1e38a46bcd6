package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.jobs.testing.Await;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A server of a test class's own (the shared one of {@link ServerTestBase} must not have its
 * database broken, nor share one), with the test admin token, and what such tests do with it.
 */
final class OwnServer {

    private OwnServer() {}

    /** @param dbUrl a PostgreSQL URL, or null for SQLite in {@code dataDir} */
    static SetpointServer start(Path dataDir, String dbUrl) {
        return start(dataDir, dbUrl, Map.of());
    }

    /** @param settings more settings, such as {@code setpoint.public-url} */
    static SetpointServer start(Path dataDir, String dbUrl, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("setpoint.admin-token", ServerTestBase.ADMIN_TOKEN);
        all.put("logging.level.root", "WARN");
        all.forEach(System::setProperty);
        try {
            return SetpointServer.start(new ServerOptions(0, "127.0.0.1", dataDir, dbUrl));
        } finally {
            all.keySet().forEach(System::clearProperty);
        }
    }

    /** Submits a no-op job and waits up to 60 s for it to end; returns its status then. */
    static String runNoop(Http http) throws InterruptedException {
        Http.Response submitted = http.post(
                "/api/jobs",
                "{\"template\": \"noop\", \"quality\": \"draft\", \"inputs\": {\"prompt\": \"a red ball\"}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.text("id");
        Await.until(() -> List.of("succeeded", "failed", "cancelled").contains(status(http, id)));
        return status(http, id);
    }

    private static String status(Http http, String id) {
        return http.get("/api/jobs/" + id).text("status");
    }
}
