package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web pages are served to anyone (they sign in themselves); the API behind them still is not. */
class WebPagesTest extends ServerTestBase {

    @Test
    void everyPagePathAnswersWithTheSinglePageApp() {
        Http browser = anonymous();
        for (String page : new String[] {
            "/",
            "/login",
            "/presets",
            "/presets/8",
            "/quality",
            "/apply",
            "/templates",
            "/templates/sd-image@1.0.0",
            "/compare",
            "/compare/0b7c6a52-3f1e-4d2a-9c1b-2f4e5d6a7b8c",
            "/batches",
            "/batches/0b7c6a52-3f1e-4d2a-9c1b-2f4e5d6a7b8c"
        }) {
            Http.Response response = browser.get(page, "Accept", "text/html");
            assertThat(response.status()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).contains("<div id=\"root\">");
        }
    }

    @Test
    void theBuiltAssetsArePublicAndTheApiIsNot() {
        Http browser = anonymous();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"")
                .matcher(browser.get("/").body());
        assertThat(script.find()).isTrue();
        Http.Response asset = browser.get(script.group(1));
        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.header("Content-Type")).contains("javascript");
        assertThat(browser.get("/api/presets", "Accept", "text/html").status()).isEqualTo(401);
        assertThat(browser.get("/nowhere?x=1", "Accept", "text/html").header("Location"))
                .endsWith("/login?next=%2Fnowhere%3Fx%3D1");
    }

    @Test
    void aPathWithNoPageGivesABrowserThePagesWithStatus404AndAScriptAProblem() {
        Http user = admin();
        Http.Response page = user.get("/runs/1/nothing", "Accept", "text/html,application/xhtml+xml");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<div id=\"root\">");

        Http.Response script = user.get("/runs/1/nothing");
        assertThat(script.status()).isEqualTo(404);
        assertThat(script.header("Content-Type")).startsWith("application/problem+json");
        Http.Response api = user.get("/api/nothing", "Accept", "text/html");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theSignInOfThePagesAnswersJson() {
        String name = "web-" + unique();
        assertThat(admin().post("/api/users", "{\"username\": \"" + name + "\", \"password\": \"correct horse\"}")
                        .status())
                .isEqualTo(201);
        CookieManager cookies = new CookieManager();
        Http session =
                new Http(HttpClient.newBuilder().cookieHandler(cookies).build(), "http://127.0.0.1:" + port, null);
        session.get("/login");

        Http.Response wrong = signIn(session, cookies, name, "wrong");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrong.text("detail")).isEqualTo("wrong username or password");

        assertThat(signIn(session, cookies, name, "correct horse").status()).isEqualTo(204);
        assertThat(session.get("/api/me").text("username")).isEqualTo(name);
    }

    private Http.Response signIn(Http session, CookieManager cookies, String username, String password) {
        String xsrf = cookies.getCookieStore().get(URI.create("http://127.0.0.1:" + port)).stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
        return session.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + username + "&password=" + password.replace(" ", "+"))));
    }
}
