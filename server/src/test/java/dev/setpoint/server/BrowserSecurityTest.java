package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What keeps a signed-in browser safe: the security headers on pages and API answers, the session
 * cookie's attributes, a CSRF token bound to the session, and the metrics for admins only.
 */
class BrowserSecurityTest extends ServerTestBase {

    private static final String PASSWORD = "correct-horse-battery";

    @Test
    void pagesApiAnswersAndProblemsCarryTheContentSecurityAndReferrerPolicies() {
        List<Http.Response> answers = List.of(
                anonymous().get("/login", "Accept", "text/html"),
                anonymous().get("/assets/no-such-file.js"),
                admin().get("/api/me"),
                admin().get("/api/presets/999999999"),
                anonymous().get("/api/me"));

        for (Http.Response answer : answers) {
            assertThat(answer.header("Content-Security-Policy"))
                    .as(answer.body())
                    .isEqualTo(
                            "default-src 'self'; script-src 'self'; style-src 'self'; style-src-elem 'self' 'unsafe-inline'; "
                                    + "img-src 'self' data:; media-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                                    + "base-uri 'self'; form-action 'self'");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        Http.Response page = new Browser(url()).open("/login");

        String session = page.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(session).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void aForgedCookieAndHeaderPairIsRefusedWhileTheSessionsOwnTokenPasses() {
        Browser browser = signedIn();
        String forged = "0123456789abcdef0123456789abcdef";
        HttpRequest.Builder forgery = HttpRequest.newBuilder(URI.create(url() + "/api/me/tokens"))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID") + "; XSRF-TOKEN=" + forged)
                .header("X-XSRF-TOKEN", forged)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"forged\"}"));

        Http.Response refused = new Http(HttpClient.newHttpClient(), url(), null).send(forgery);

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("CSRF");
        assertThat(refused.raw().headers().allValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("XSRF-TOKEN=")
                        && !c.startsWith("XSRF-TOKEN=" + forged)
                        && c.contains("SameSite=Lax"));
        Http.Response own = browser.post("/api/me/tokens", "{\"name\": \"own\"}");
        assertThat(own.status()).as(own.body()).isEqualTo(201);
    }

    @Test
    void signingInReplacesTheCsrfTokenSoTheOneFromBeforeNoLongerPasses() {
        String name = newUserWithPassword("browser", PASSWORD);
        Browser browser = new Browser(url());
        browser.open("/login");
        String before = browser.cookie("XSRF-TOKEN");

        assertThat(browser.signIn(name, PASSWORD).status()).isEqualTo(204);

        assertThat(browser.cookie("XSRF-TOKEN")).isNotEmpty().isNotEqualTo(before);
        Http.Response stale = browser.http.post("/api/me/tokens", "{\"name\": \"stale\"}", "X-XSRF-TOKEN", before);
        assertThat(stale.status()).as(stale.body()).isEqualTo(403);
        assertThat(browser.post("/api/me/tokens", "{\"name\": \"fresh\"}").status())
                .isEqualTo(201);
    }

    @Test
    void callsWithoutASessionThatLoadNoPageMakeNoSession() {
        List<Http.Response> answers = List.of(
                anonymous().get("/actuator/health"),
                anonymous().get("/api/presets"),
                anonymous().get("/assets/no-such-file.js"));

        for (Http.Response answer : answers) {
            assertThat(answer.raw().headers().allValues("Set-Cookie"))
                    .as(answer.raw().uri().toString())
                    .noneMatch(c -> c.startsWith("JSESSIONID=") || c.startsWith("XSRF-TOKEN="));
        }
        assertThat(anonymous().get("/api/me").raw().headers().allValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("XSRF-TOKEN="));
    }

    @Test
    void theMetricsAreForAdminsOnly() {
        Http.Response user = newUser("metrics").get("/actuator/prometheus");
        Http.Response admin = admin().get("/actuator/prometheus");

        assertThat(user.status()).as(user.body()).isEqualTo(403);
        assertThat(user.header("Content-Type")).startsWith("application/problem+json");
        assertThat(user.text("detail")).isEqualTo("this needs the admin role");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("http_server_requests");
    }

    private Browser signedIn() {
        String name = newUserWithPassword("browser", PASSWORD);
        Browser browser = new Browser(url());
        browser.open("/login");
        Http.Response signIn = browser.signIn(name, PASSWORD);
        assertThat(signIn.status()).as(signIn.body()).isEqualTo(204);
        return browser;
    }

    private String url() {
        return "http://127.0.0.1:" + port;
    }
}
