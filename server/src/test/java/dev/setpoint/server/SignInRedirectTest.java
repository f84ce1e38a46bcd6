package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A sign-in form goes on to its {@code next} only when that is a path on this site. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInRedirectTest extends ServerTestBase {

    private static final String PASSWORD = "a long enough password 1";

    private String username;

    @BeforeAll
    void user() {
        username = "signin-" + unique();
        Http.Response created =
                admin().post("/api/users", "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @ParameterizedTest(name = "next={0}")
    @ValueSource(
            strings = {
                "https://evil.example/",
                "//evil.example/x",
                "/\\evil.example",
                "\\\\evil.example",
                "javascript:alert(1)",
                "/\t/evil.example",
                "%2F%2Fevil.example",
                "https:evil.example",
                ""
            })
    void aNextOffTheSiteLeadsToTheSitesOwnFirstPage(String next) {
        assertThat(signInLocation(next)).isEqualTo("/");
    }

    @ParameterizedTest(name = "next={0}")
    @ValueSource(strings = {"/runs", "/templates/sd-image%401.0.0?x=1"})
    void aNextOnTheSiteIsFollowed(String next) {
        assertThat(signInLocation(next)).isEqualTo(next);
    }

    /**
     * Spring would return to the page asked for before signing in by the URL it saved, which it
     * built from the {@code Host} header; the sign-in stays on the site instead.
     */
    @Test
    void aPageAskedForUnderASpoofedHostDoesNotLeadThere() {
        String asked = RawHttp.exchange(
                port, HostHeaderTest.EVIL, RawHttp.Request.get("/actuator/prometheus", "Accept: text/html"));
        String cookies = String.join(
                "; ",
                Pattern.compile("(?im)^Set-Cookie: ([^;\r\n]+)")
                        .matcher(asked)
                        .results()
                        .map(m -> m.group(1))
                        .toList());
        String csrf = Pattern.compile("XSRF-TOKEN=([^;]+)")
                .matcher(cookies)
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        String signedIn = RawHttp.exchange(
                port,
                HostHeaderTest.EVIL,
                new RawHttp.Request(
                        "POST",
                        "/login",
                        List.of(
                                "Cookie: " + cookies,
                                "X-XSRF-TOKEN: " + csrf,
                                "Accept: text/html",
                                "Content-Type: application/x-www-form-urlencoded"),
                        "username=" + username + "&password=" + encode(PASSWORD)));
        assertThat(signedIn).startsWith("HTTP/1.1 302");
        assertThat(RawHttp.header(signedIn, "Location")).isEqualTo("/");
    }

    /** Signs in with a form, as a browser without scripts would; where the answer sends it. */
    private String signInLocation(String next) {
        CookieManager cookies = new CookieManager();
        String url = "http://127.0.0.1:" + port;
        Http browser = new Http(HttpClient.newBuilder().cookieHandler(cookies).build(), url, null);
        browser.get("/login", "Accept", "text/html");
        String csrf = cookies.getCookieStore().get(URI.create(url)).stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
        String form = "username=" + username + "&password=" + encode(PASSWORD) + "&next=" + encode(next);
        Http.Response signedIn = browser.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
        return signedIn.header("Location");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
