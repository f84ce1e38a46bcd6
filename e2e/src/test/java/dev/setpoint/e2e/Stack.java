package dev.setpoint.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dev.setpoint.server.ServerOptions;
import dev.setpoint.server.SetpointServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every end-to-end test runs against: the real server on SQLite in a temporary directory, a
 * user who signs in through the pages, and Debian's Chromium driven by Playwright. Started once for
 * the whole run (see {@link StackExtension}), closed at its end.
 */
final class Stack implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String USER = "ada";
    static final String PASSWORD = "analytical-engine-1843";
    private static final String ADMIN_TOKEN = "sp_e2eAdminToken0123456789abcdefghijklmn";
    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    final SetpointServer server;
    final Playwright playwright;
    final Browser browser;
    final String url;
    /** Ada's API token, for setting up data without clicking. */
    final String token;

    private String signedIn;

    private Stack(SetpointServer server, Playwright playwright, Browser browser, String token) {
        this.server = server;
        this.playwright = playwright;
        this.browser = browser;
        this.url = server.url();
        this.token = token;
    }

    static Stack start() throws IOException, InterruptedException {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("The end-to-end tests need Debian's Chromium at " + CHROMIUM
                    + ": install it with `apt-get install -y chromium` (.ci/run does), then run them again");
        }
        System.setProperty("setpoint.admin-token", ADMIN_TOKEN);
        Path dataDir = Files.createTempDirectory("setpoint-e2e");
        installTemplates(dataDir.resolve("templates"));
        SetpointServer server = SetpointServer.start(new ServerOptions(0, "127.0.0.1", dataDir, null));
        String created = call(
                server.url(),
                ADMIN_TOKEN,
                "POST",
                "/api/users",
                "{\"username\": \"" + USER + "\", \"password\": \"" + PASSWORD + "\"}");
        Matcher token = Pattern.compile("\"token\":\"(sp_\\w+)\"").matcher(created);
        if (!token.find()) {
            throw new IllegalStateException("could not create the test user: " + created);
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS));
        return new Stack(server, playwright, browser, token.group(1));
    }

    /** The tests' own templates (src/test/resources/templates), installed as an admin would: in the template directory. */
    private static void installTemplates(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (String name : List.of("e2e-slow-tone.yaml", "e2e-missing-tool.yaml", "e2e-image.yaml")) {
            try (InputStream in = Stack.class.getResourceAsStream("/templates/" + name)) {
                Files.copy(Objects.requireNonNull(in, name), directory.resolve(name));
            }
        }
    }

    /** A new browser window (1280 x 800, downloads allowed), signed in as {@link #USER}. */
    BrowserContext signedInContext() {
        if (signedIn == null) {
            try (BrowserContext context = newContext(null)) {
                signIn(context.newPage(), PASSWORD);
                signedIn = context.storageState();
            }
        }
        return newContext(signedIn);
    }

    BrowserContext newContext(String storageState) {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setViewportSize(1280, 800)
                .setAcceptDownloads(true)
                .setBaseURL(url);
        return browser.newContext(storageState == null ? options : options.setStorageState(storageState));
    }

    /** Signs in through the sign-in page. */
    void signIn(Page page, String password) {
        page.navigate(url + "/login");
        page.getByLabel("Username").fill(USER);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        if (password.equals(PASSWORD)) {
            page.waitForURL(url + "/presets");
        }
    }

    /** An API call as Ada; the response body. */
    String api(String method, String path, String json) {
        try {
            return call(url, token, method, path, json);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String call(String url, String token, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .method(
                                        method,
                                        json == null
                                                ? HttpRequest.BodyPublishers.noBody()
                                                : HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
        server.close();
    }
}
