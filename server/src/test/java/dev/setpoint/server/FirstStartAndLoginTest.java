package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A first start without SETPOINT_ADMIN_TOKEN prints one setup line whose password logs in to a
 * session (with CSRF protection) and whose token calls the API; a restart prints nothing new.
 */
class FirstStartAndLoginTest {

    private static final Pattern SETUP = Pattern.compile("as admin with password (\\S+), .*Bearer (sp_\\w+)");

    @Test
    void setupLineThenSessionLoginWithCsrf() throws Exception {
        Path dataDir = Files.createTempDirectory("setpoint-first");
        ServerOptions options = new ServerOptions(0, "127.0.0.1", dataDir, null);
        Matcher setup;
        try (SetpointServer server = startCapturing(options)) {
            setup = SETUP.matcher(lastOutput);
            assertThat(setup.find()).as(lastOutput).isTrue();
            Http token = Http.to(server.url(), setup.group(2));
            assertThat(token.get("/api/me").text("username")).isEqualTo("admin");
            assertThat(token.post("/api/presets/", "{\"name\": \"By token\", \"parameters\": {}}")
                            .status())
                    .isEqualTo(201);
            loginWithSession(server.url(), setup.group(1));
        }
        try (SetpointServer again = startCapturing(options)) {
            assertThat(lastOutput).doesNotContain("password");
            assertThat(Http.to(again.url(), setup.group(2))
                            .get("/api/presets?q=By%20token")
                            .header("X-Total-Count"))
                    .isEqualTo("1");
        }
    }

    private static void loginWithSession(String url, String password) {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        Http http = new Http(browser, url, null);
        assertThat(http.get("/actuator/prometheus", "Accept", "text/html").header("Location"))
                .endsWith("/login?next=%2Factuator%2Fprometheus");
        assertThat(http.get("/api/presets/", "Accept", "text/html").status()).isEqualTo(401);
        assertThat(http.get("/login", "Accept", "text/html").body()).contains("<div id=\"root\">");
        String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Http.Response login = http.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", cookie(cookies, url, "XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        assertThat(http.get("/api/me").text("username")).isEqualTo("admin");

        String body = "{\"name\": \"By session\", \"parameters\": {}}";
        Http.Response withoutCsrf = http.post("/api/presets/", body);
        assertThat(withoutCsrf.status()).isEqualTo(403);
        assertThat(withoutCsrf.text("detail")).contains("CSRF");
        assertThat(http.post("/api/presets/", body, "X-XSRF-TOKEN", cookie(cookies, url, "XSRF-TOKEN"))
                        .status())
                .isEqualTo(201);
    }

    private static String cookie(CookieManager cookies, String url, String name) {
        return cookies.getCookieStore().get(URI.create(url)).stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }

    private static String lastOutput = "";

    /** Starts a server and keeps what it printed to stdout in {@link #lastOutput}. */
    private static SetpointServer startCapturing(ServerOptions options) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return SetpointServer.start(options);
        } finally {
            System.setOut(original);
            lastOutput = captured.toString(StandardCharsets.UTF_8);
        }
    }
}
