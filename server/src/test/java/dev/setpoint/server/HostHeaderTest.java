package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No response names the host a client chose: not its {@code Host} header, nor a proxy's
 * {@code X-Forwarded-*} or {@code Forwarded} headers, which count only when an operator says so.
 * Links are path-absolute here; {@link PublicUrlTest} has a server with a public URL.
 */
class HostHeaderTest extends ServerTestBase {

    static final String EVIL = "evil.example";

    @Test
    void noResponseNamesASpoofedHostOrForwardedHost() {
        assertThat(offenders(port, ADMIN_TOKEN)).isEmpty();
    }

    @Test
    void locationAndLinkArePathAbsolute() {
        String created = RawHttp.exchange(
                port,
                EVIL,
                RawHttp.Request.post(
                        "/api/presets/",
                        "{\"name\": \"Here " + unique() + "\", \"parameters\": {}}",
                        bearer(ADMIN_TOKEN)));
        assertThat(RawHttp.header(created, "Location")).isEqualTo("/api/presets/" + createdId(created));
        String list = RawHttp.exchange(
                port, EVIL, RawHttp.Request.get("/api/presets?offset=1&limit=1&kind=parameter", bearer(ADMIN_TOKEN)));
        assertThat(RawHttp.header(list, "Link"))
                .startsWith("</api/presets?kind=parameter&offset=0&limit=1>; rel=\"first\", "
                        + "</api/presets?kind=parameter&offset=0&limit=1>; rel=\"prev\", "
                        + "</api/presets?kind=parameter&offset=2&limit=1>; rel=\"next\"");
        String redirect =
                RawHttp.exchange(port, EVIL, RawHttp.Request.get("/actuator/prometheus", "Accept: text/html"));
        assertThat(RawHttp.header(redirect, "Location")).isEqualTo("/login?next=%2Factuator%2Fprometheus");
    }

    @Test
    void theActuatorHasNoDiscoveryPage() {
        assertThat(admin().get("/actuator").status()).isEqualTo(404);
    }

    /**
     * Every kind of response that gives a link (201s, paged lists, redirects) or names the server
     * (the actuator's and OpenAPI's documents), each sent with a spoofed {@code Host}, then with a
     * proxy's headers naming {@link #EVIL}; the requests whose response names it, with the response.
     */
    static List<String> offenders(int port, String adminToken) {
        List<String> offenders = new ArrayList<>();
        List<List<String>> spoofs = List.of(
                List.of(),
                List.of(
                        "X-Forwarded-Host: " + EVIL,
                        "X-Forwarded-Proto: https",
                        "X-Forwarded-Port: 443",
                        "X-Forwarded-Prefix: /" + EVIL),
                List.of("Forwarded: host=" + EVIL + ";proto=https", "X-Forwarded-Server: " + EVIL));
        for (List<String> spoof : spoofs) {
            String host = spoof.isEmpty() ? EVIL : "127.0.0.1:" + port;
            for (RawHttp.Request request : requests(adminToken)) {
                for (String header : spoof) {
                    request = request.with(header);
                }
                String response = RawHttp.exchange(port, host, request);
                if (response.toLowerCase(Locale.ROOT).contains(EVIL) || response.startsWith("HTTP/1.1 5")) {
                    offenders.add(request + " with Host " + host + " got:\n" + response);
                }
            }
        }
        return offenders;
    }

    private static List<RawHttp.Request> requests(String adminToken) {
        String auth = bearer(adminToken);
        String name = "Host " + UUID.randomUUID();
        return List.of(
                RawHttp.Request.get("/api/presets?offset=1&limit=1", auth),
                RawHttp.Request.get("/api/jobs?limit=1", auth),
                RawHttp.Request.post("/api/presets/", "{\"name\": \"" + name + "\", \"parameters\": {}}", auth),
                RawHttp.Request.post("/api/presets/1/clone", "{\"name\": \"" + name + " copy\"}", auth),
                RawHttp.Request.post(
                        "/api/presets/import",
                        "{\"version\": \"1.0\", \"preset\": {\"name\": \"" + name + " import\", \"parameters\": {}}}",
                        auth),
                RawHttp.Request.post(
                        "/api/jobs",
                        "{\"template\": \"noop\", \"quality\": \"draft\", \"inputs\": {\"prompt\": \"a red ball\"}}",
                        auth),
                RawHttp.Request.post("/api/users", "{\"username\": \"host-" + UUID.randomUUID() + "\"}", auth),
                RawHttp.Request.post("/api/me/tokens", "{\"name\": \"host\"}", auth),
                RawHttp.Request.get("/actuator", auth),
                RawHttp.Request.get("/actuator/health"),
                RawHttp.Request.get("/v3/api-docs"),
                RawHttp.Request.get("/v3/api-docs/swagger-config"),
                RawHttp.Request.get("/swagger-ui.html"),
                RawHttp.Request.get("/presets?q=x", "Accept: text/html"),
                RawHttp.Request.get("/actuator/prometheus", "Accept: text/html"),
                RawHttp.Request.get("/api/nowhere", auth),
                RawHttp.Request.post("/login", "{}", "Accept: text/html"));
    }

    /** The id in a 201's body: its first member {@code id}. */
    static String createdId(String response) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(response);
        assertThat(id.find()).as(response).isTrue();
        return id.group(1);
    }

    static String bearer(String token) {
        return "Authorization: Bearer " + token;
    }
}
