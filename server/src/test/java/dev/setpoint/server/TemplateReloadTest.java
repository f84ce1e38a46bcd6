package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TemplateReloadTest extends ServerTestBase {

    private static String template(String version) {
        return """
                id: my-tpl
                version: %s
                name: Mine
                category: image_generation
                inputs:
                  prompt: {type: string, required: true}
                  steps: {type: integer, default: 10, min: 1, max: 100}
                resources: {cpu: 1, memory: 1, gpu: 0, vram: 0}
                base_execution_time: 1
                cost_per_second: 0
                """.formatted(version);
    }

    @Test
    void aNewOrChangedFileIsServedWithinFiveSecondsAndABadOneKeepsThePrevious() throws Exception {
        Http alice = newUser("alice");
        Path dir = DATA_DIR.resolve("templates");
        Files.writeString(dir.resolve("my-tpl.yaml"), template("1.0.0"));
        assertThat(waitFor(alice, "/api/templates/my-tpl", "1.0.0")).isTrue();

        Files.writeString(dir.resolve("my-tpl.yaml"), template("1.1.0"));
        assertThat(waitFor(alice, "/api/templates/my-tpl", "1.1.0")).isTrue();

        Files.writeString(dir.resolve("broken.yaml"), "id: [unclosed");
        Thread.sleep(1500);
        assertThat(alice.get("/api/templates/my-tpl").text("version")).isEqualTo("1.1.0");
        Files.delete(dir.resolve("broken.yaml"));
        Files.delete(dir.resolve("my-tpl.yaml"));
        assertThat(waitForStatus(alice, "/api/templates/my-tpl", 404)).isTrue();
    }

    private static boolean waitFor(Http http, String path, String version) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            Http.Response response = http.get(path);
            if (response.status() == 200 && version.equals(response.text("version"))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static boolean waitForStatus(Http http, String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (http.get(path).status() == status) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
