package dev.setpoint.server;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** A browser against a test server: it keeps its cookies and sends the CSRF token back as the pages do. */
final class Browser {

    private final CookieManager cookies = new CookieManager();
    private final String baseUrl;
    final Http http;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = new Http(HttpClient.newBuilder().cookieHandler(cookies).build(), baseUrl, null);
    }

    /** Opens a page, which hands out the session's CSRF token in the {@code XSRF-TOKEN} cookie. */
    Http.Response open(String path) {
        return http.get(path, "Accept", "text/html");
    }

    /** The pages' sign-in: the form fields, asking for JSON, with the CSRF token. */
    Http.Response signIn(String username, String password) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A JSON write as the pages make it, with the token from the cookie. */
    Http.Response post(String path, String json) {
        return http.post(path, json, "X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
    }

    String cookie(String name) {
        return cookies.getCookieStore().get(URI.create(baseUrl)).stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }
}
