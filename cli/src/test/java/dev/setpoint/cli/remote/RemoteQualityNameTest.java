package dev.setpoint.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a server, {@code --quality} and the preset commands name a preset by name as the server compares names. */
class RemoteQualityNameTest {

    private static final String PROMPT = "{\"prompt\": \"a lighthouse\"}";

    @TempDir
    Path dir;

    /** The preset is deleted afterwards: the other remote tests compare the server's presets with the built-ins. */
    @Test
    void aQualityPresetIsNamedByItsNameInAnyCase() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String slug = "custom_crisp_" + tag;
        String name = "Crisp " + tag;
        Cli cli = new Cli(dir, TestServer.env());
        cli.file("crisp.json", """
                {"version": "1.0", "preset": {"kind": "quality", "id": "%s", "name": "%s",
                 "base_preset": "high", "parameters": {"image_generation": {"steps": 60}}}}""".formatted(slug, name));
        String imported = cli.run("import", "crisp.json").succeeds().out();
        try {
            String bySlug = apply(cli, slug);

            assertThat(bySlug).contains("\"steps\": 60");
            assertThat(apply(cli, name)).isEqualTo(bySlug);
            assertThat(apply(cli, name.toUpperCase(Locale.ROOT))).isEqualTo(bySlug);
            assertThat(cli.run(
                                    "estimate",
                                    "--template",
                                    "sd-image",
                                    "--quality",
                                    name.toLowerCase(Locale.ROOT),
                                    "--inputs",
                                    PROMPT)
                            .succeeds()
                            .out())
                    .contains("quality    " + slug + " (" + name + ", level 3)");
            assertThat(cli.run("presets", "show", name.toUpperCase(Locale.ROOT), "--json")
                            .succeeds()
                            .out())
                    .isEqualTo(cli.run("presets", "show", slug, "--json")
                            .succeeds()
                            .out());
        } finally {
            delete(imported.replaceAll("(?s).*-> id (\\d+),.*", "$1"));
        }
    }

    private static void delete(String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestServer.url() + "/api/presets/" + id))
                .header("Authorization", "Bearer " + TestServer.ADMIN_TOKEN)
                .DELETE()
                .build();
        assertThat(HttpClient.newHttpClient()
                        .send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void aBuiltinLevelIsNamedByItsNameAsOffline() {
        assertThat(apply(new Cli(dir, TestServer.env()), "High Quality")).isEqualTo(apply(new Cli(dir), "high"));
    }

    private static String apply(Cli cli, String quality) {
        return cli.run("apply", "--template", "sd-image", "--quality", quality, "--inputs", PROMPT, "--json")
                .succeeds()
                .out();
    }
}
