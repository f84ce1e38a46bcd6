package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The server as the {@code setpoint} launcher starts it: from the bean definitions Spring AOT
 * generated at build time ({@code spring.aot.enabled}). Runs in verify, after the AOT step.
 */
class AotStartIT {

    @Test
    void startsFromTheGeneratedBeanDefinitionsAndServesTheApi() throws Exception {
        System.setProperty("spring.aot.enabled", "true");
        System.setProperty("setpoint.admin-token", ServerTestBase.ADMIN_TOKEN);
        System.setProperty("logging.level.root", "WARN");
        try (SetpointServer server = SetpointServer.start(
                new ServerOptions(0, "127.0.0.1", Files.createTempDirectory("setpoint-aot"), null))) {
            Http admin = Http.to(server.url(), ServerTestBase.ADMIN_TOKEN);
            assertThat(Http.to(server.url(), null)
                            .get("/actuator/health/readiness")
                            .body())
                    .contains("UP");
            String id = admin.post("/api/presets/", "{\"name\": \"Ahead of time\", \"parameters\": {\"tp-size\": [2]}}")
                    .text("id");
            assertThat(admin.get("/api/presets/" + id).text("name")).isEqualTo("Ahead of time");
            assertThat(admin.get("/api/presets?q=ahead").header("X-Total-Count"))
                    .isEqualTo("1");
            assertThat(admin.post(
                                    "/api/apply",
                                    "{\"template\": \"sd-image\", \"quality\": \"high\", "
                                            + "\"inputs\": {\"prompt\": \"x\"}}")
                            .status())
                    .isEqualTo(200);
            assertThat(Http.to(server.url(), null).get("/api/presets").status()).isEqualTo(401);
            assertThat(Http.to(server.url(), null).get("/v3/api-docs").status()).isEqualTo(200);
        } finally {
            System.clearProperty("spring.aot.enabled");
            System.clearProperty("setpoint.admin-token");
            System.clearProperty("logging.level.root");
        }
    }
}
