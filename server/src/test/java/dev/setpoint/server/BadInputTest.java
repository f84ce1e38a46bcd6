package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx problem document, never a 500; auth failures too. */
class BadInputTest extends ServerTestBase {

    @Test
    void withoutATokenTheApiAnswers401ProblemJson() {
        Http.Response response = anonymous().get("/api/presets/");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.text("status")).isEqualTo("401");
        assertThat(response.text("instance")).isEqualTo("/api/presets/");
        Http.Response badToken = anonymous().as("sp_notAToken").get("/api/me");
        assertThat(badToken.status()).isEqualTo(401);
        assertThat(badToken.text("instance")).isEqualTo("/api/me");
        assertThat(anonymous().get("/api/templates").status()).isEqualTo(401);
    }

    @Test
    void aWriteWithoutAnyCredentialsIs401NotACsrfRefusal() {
        Http.Response response = anonymous().post("/api/jobs", "{\"template\": \"noop\", \"quality\": \"draft\"}");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.text("detail")).contains("Authorization: Bearer");
        assertThat(anonymous()
                        .post("/api/presets/", "{\"name\": \"x\", \"parameters\": {}}")
                        .status())
                .isEqualTo(401);
    }

    /** Tomcat refuses these before any servlet runs; they are problem documents all the same. */
    @Test
    void pathsTheContainerRefusesAreProblemDocumentsToo() {
        Http alice = newUser("alice");
        assertProblem(alice.get("/api/jobs/x/outputs/..%2F..%2Fetc%2Fpasswd"), 400);
        assertProblem(anonymous().get("/api/presets/%2e%2e%2f%2e%2e%2fetc"), 400);
    }

    @Test
    void healthReadinessAndOpenApiArePublicMetricsAreNot() {
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/health/readiness").body()).contains("UP");
        assertThat(anonymous().get("/v3/api-docs").body()).contains("/api/presets/merge");
        assertThat(anonymous().get("/swagger-ui.html").status()).isIn(200, 302);
        assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(admin().get("/actuator/prometheus").body()).contains("http_server_requests");
    }

    @Test
    void malformedJsonWrongTypesAndMissingBodiesAre400() {
        Http alice = newUser("alice");
        assertProblem(alice.post("/api/presets/", "{\"name\": "), 400);
        assertProblem(alice.post("/api/presets/", "[1, 2]"), 400);
        assertProblem(alice.post("/api/presets/", "{\"name\": 5, \"parameters\": \"x\"}"), 400);
        assertProblem(alice.post("/api/presets/", "{\"name\": \"a\", \"name\": \"b\", \"parameters\": {}}"), 400);
        for (String path : new String[] {"/api/jobs", "/api/apply", "/api/estimate", "/api/compatibility"}) {
            Http.Response twice = alice.post(path, "{\"template\": \"sd-image\", \"template\": \"noop\"}");
            assertProblem(twice, 400);
            assertThat(twice.text("detail")).as(path).contains("template");
            assertProblem(
                    alice.post(path, "{\"template\": \"noop\", \"inputs\": {\"prompt\": \"x\", \"prompt\": \"y\"}}"),
                    400);
        }
        Http.Response wrongType = alice.post("/api/presets/merge", "{\"preset_ids\": [1, {\"a\": 1}]}");
        assertProblem(wrongType, 400);
        assertThat(wrongType.text("errors", "0", "pointer")).isEqualTo("/preset_ids/1");
        // In JSON's words, not Java's.
        assertThat(wrongType.text("detail")).isEqualTo("expected an integer, not an object");
        assertThat(alice.post("/api/presets/merge", "[1, 2]").text("detail"))
                .isEqualTo("expected an object, not an array");
        assertThat(alice.post("/api/presets/merge", "{\"preset_ids\": \"x\"}").text("detail"))
                .isEqualTo("expected an array, not a string");
        assertThat(alice.post("/api/apply", "{\"template\": {\"a\": 1}}").text("detail"))
                .isEqualTo("expected a string, not an object");
        assertThat(alice.post("/api/apply", "{\"template\": \"noop\", \"preset_ids\": [\"abc\"]}")
                        .text("detail"))
                .isEqualTo("expected an integer, not a string");
        assertThat(alice.post("/api/apply", "{\"template\": \"noop\", \"template\": \"noop\"}")
                        .text("detail"))
                .startsWith("property 'template' is given twice (line 1, column ");
        assertThat(alice.post("/api/apply", "{\"template\": \"noop\",").text("detail"))
                .startsWith("the JSON ends before it is complete (line 1, column ");
        assertThat(alice.post("/api/apply", "{\"template\": \"sd-image\", \"inputs\": {\"steps\": null}}")
                        .text("detail"))
                .isEqualTo("must be an integer, not null");
        assertThat(alice.post("/api/apply", "{\"template\": \"sd-image\", \"inputs\": {\"steps\": 1e300}}")
                        .text("detail"))
                .isEqualTo("1E+300 is above the maximum 150");
        assertThat(alice.post("/api/apply", "{\"template\": \"noop\"} {\"x\": 1}")
                        .text("detail"))
                .startsWith("there is more after the JSON value: send one JSON document (line 1");
        assertThat(alice.post("/api/apply", "{\"template\": \"sd-image\", \"inputs\": {\"cfg_scale\": NaN}}")
                        .text("detail"))
                .startsWith("NaN is not valid JSON: numbers are finite (line 1");
        assertThat(alice.post("/api/apply", "{\"template\": \"noop\", \"preset_ids\": [99999999999999999999999]}")
                        .text("detail"))
                .isEqualTo("99999999999999999999999 is not an id: ids are at most 9223372036854775807");
        Http.Response badRole = admin().post("/api/users", "{\"username\": \"zed\", \"role\": \"root\"}");
        assertProblem(badRole, 400);
        assertThat(badRole.text("detail")).isEqualTo("must be admin or user");
        assertThat(badRole.text("errors", "0", "pointer")).isEqualTo("/role");
        Http.Response unknown = alice.post("/api/apply", "{\"template\": \"noop\", \"preset_ids\": [99999999]}");
        assertProblem(unknown, 404);
        assertThat(unknown.text("errors", "0", "pointer")).isEqualTo("/preset_ids/0");
        assertThat(alice.get("/api/presets/1/").text("detail")).isEqualTo("no API or page at this path");
        assertThat(alice.post("/api/presets/merge", "{\"preset_ids\": [1], \"surprise\": true}")
                        .text("detail"))
                .isEqualTo("unknown property 'surprise'");
        assertProblem(alice.post("/api/presets/merge", "{\"preset_ids\": [1], \"surprise\": true}"), 400);
        assertProblem(alice.post("/api/apply", "{\"template\": 5}"), 400);
        assertProblem(alice.post("/api/apply", ""), 400);
        assertProblem(alice.post("/api/presets/", ""), 400);
        assertProblem(alice.get("/api/presets/abc"), 400);
        assertProblem(alice.get("/api/presets/99999999999999999999"), 400);
        assertProblem(alice.put("/api/presets/1", "{}", "If-Match", "\"abc\""), 412);
        assertProblem(
                alice.post("/api/presets/", "{\"name\": \"x\", \"parameters\": {}}", "Content-Type", "text/plain"),
                415);
    }

    @Test
    void deepNestingIsRefused() {
        Http alice = newUser("alice");
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertProblem(alice.post("/api/presets/", "{\"name\": \"d\", \"parameters\": {\"a\": " + deep + "}}"), 400);
        assertProblem(
                alice.post("/api/apply", "{\"template\": \"sd-image\", \"inputs\": {\"prompt\": " + deep + "}}"), 400);
        assertProblem(alice.post("/api/presets/import", "{\"version\": \"1.0\", \"preset\": " + deep + "}"), 400);
    }

    @Test
    void hugeBodiesAre413() {
        Http alice = newUser("alice");
        String huge = "{\"name\": \"h\", \"description\": \"" + "x".repeat(2 * 1024 * 1024) + "\", \"parameters\": {}}";
        assertProblem(alice.post("/api/presets/", huge), 413);
        assertProblem(alice.post("/api/apply", huge), 413);
        Http.Response upload = alice.upload("/api/presets/import", "big.json", huge.getBytes(), "application/json");
        assertThat(upload.status()).isEqualTo(413);
        HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create(alice.baseUrl() + "/api/presets/"))
                .header("Authorization", "Bearer " + alice.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge.getBytes())));
        assertProblem(alice.send(chunked), 413);
    }

    @Test
    void unknownIdsAre404() {
        Http alice = newUser("alice");
        assertProblem(alice.get("/api/presets/424242"), 404);
        assertProblem(alice.put("/api/presets/424242", "{\"name\": \"x\"}"), 404);
        assertProblem(alice.delete("/api/presets/424242"), 404);
        assertProblem(alice.get("/api/templates/nope"), 404);
        assertProblem(alice.get("/api/nothing-here"), 404);
        Http.Response longName = alice.post("/api/apply", "{\"template\": \"" + "x".repeat(60_000) + "\"}");
        assertProblem(longName, 404);
        assertThat(longName.text("detail")).endsWith("characters in all)").hasSizeLessThan(1100);
        assertThat(longName.text("errors", "0", "message")).hasSizeLessThan(1100);
        for (String path : new String[] {"/api/jobs", "/api/estimate", "/api/apply"}) {
            Http.Response unknown = alice.post(path, "{\"template\": \"noop\", \"quality\": 9223372036854775807}");
            assertProblem(unknown, 404);
            assertThat(unknown.text("detail")).isEqualTo("no preset 9223372036854775807");
        }
    }

    @Test
    void anIdThatIsNotANumberIs400SayingSo() {
        Http.Response response = newUser("alice").get("/api/presets/nope");
        assertProblem(response, 400);
        assertThat(response.text("detail"))
                .isEqualTo("id: 'nope' is not an id: ids are whole numbers written in "
                        + "decimal digits, without sign, leading zeros or fraction, such as 42");
        assertThat(response.text("errors", "0", "field")).isEqualTo("id");
    }

    @Test
    void aParameterThatIsNotValidPercentEncodingIs400() {
        Http.Response response = newUser("alice").get("/api/jobs?status=%FF");
        assertProblem(response, 400);
        assertThat(response.text("detail")).startsWith("a request parameter is not valid %-encoding");
    }

    /** Spring reads a multipart body before it picks a handler: any path, sent one it cannot read, is a 400. */
    @Test
    void aMultipartBodyThatCannotBeReadIs400OnAnyPath() {
        Http alice = newUser("alice");
        Http.Response noBoundary = anonymous().get("/actuator/health", "Content-Type", "multipart/form-data");
        assertProblem(noBoundary, 400);
        assertThat(noBoundary.text("detail"))
                .isEqualTo("the request's multipart body cannot be read: its Content-Type "
                        + "names no boundary (multipart/form-data; boundary=...)");
        byte[] cutShort = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n\r\n{\"na"
                .getBytes(StandardCharsets.UTF_8);
        Http.Response upload = alice.postBytes("/api/presets/import", cutShort, "multipart/form-data; boundary=XX");
        assertProblem(upload, 400);
        assertThat(upload.text("detail")).startsWith("the request's multipart body cannot be read: it is cut short");
        // Here a filter reads the form's parameters first (sign-in), so the container reads the parts.
        Http.Response signIn =
                anonymous().postBytes("/login", "x".getBytes(StandardCharsets.UTF_8), "multipart/form-data");
        assertProblem(signIn, 400);
        assertThat(signIn.text("detail")).startsWith("the request's multipart body cannot be read: its Content-Type");
    }

    /** Tomcat decodes a path without its matrix parameters; a bad % in one is refused before Spring parses it. */
    @Test
    void aBadPercentEscapeInAPathParameterIs400() {
        String bearer = "Authorization: Bearer " + newUser("alice").token();
        for (String path : new String[] {"/api/presets/1;x=%zz", "/api/presets;x=%", "/login;jsessionid=%G1"}) {
            String response = RawHttp.exchange(
                    port,
                    "127.0.0.1",
                    new RawHttp.Request(path.startsWith("/login") ? "GET" : "DELETE", path, List.of(bearer), null));
            assertThat(response).as(path).startsWith("HTTP/1.1 400 ");
            assertThat(RawHttp.header(response, "Content-Type")).startsWith("application/problem+json");
            assertThat(response).contains("the request's path is not valid %-encoding");
        }
        // Tomcat refuses TRACE before any filter; then the error page meets the path.
        String trace = RawHttp.exchange(
                port,
                "127.0.0.1",
                new RawHttp.Request("TRACE", "/templates/sd-image;x=%zz", List.of("Accept: text/html"), null));
        assertThat(trace).startsWith("HTTP/1.1 400 ").contains("the request's path is not valid %-encoding");
    }

    /** A body's type is a type: Spring takes a wildcard there for a programming error, body or not. */
    @Test
    void aWildcardContentTypeIs415() {
        Http alice = newUser("alice");
        byte[] body = "{\"preset_ids\": [1]}".getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {"*/*", "application/*", "*/*; charset=UTF-8"}) {
            Http.Response response = alice.postBytes("/api/presets/merge", body, type);
            assertProblem(response, 415);
            assertThat(response.text("detail"))
                    .isEqualTo("the request's Content-Type, " + type
                            + ", is a wildcard: name the body's type, such as application/json");
        }
        // Spring reads the headers of every actuator request, with or without a body.
        assertProblem(alice.get("/actuator/health", "Content-Type", "*/*"), 415);
    }

    /** The actuator chose no format for an empty Accept (a NullPointerException), nor for "text/plain,". */
    @Test
    void anAcceptHeaderWithAnEmptyElementIsReadAsItsOtherTypesOrAnyType() {
        for (String accept : new String[] {"Accept: ", "Accept: text/plain,", "Accept: ,text/plain, ,"}) {
            String response = RawHttp.exchange(
                    port,
                    "127.0.0.1",
                    RawHttp.Request.get("/actuator/prometheus", "Authorization: Bearer " + ADMIN_TOKEN, accept));
            assertThat(response).as(accept).startsWith("HTTP/1.1 200 ").contains("http_server_requests");
            assertThat(RawHttp.header(response, "Content-Type")).startsWith("text/plain");
        }
    }

    /** The firewall checks a header when it is read; Swagger UI's redirect reads every one. */
    @Test
    void aHeaderTheFirewallRefusesIs400WhereverItIsRead() {
        String response = RawHttp.exchange(
                port,
                "127.0.0.1",
                RawHttp.Request.get(
                        "/swagger-ui.html", "Accept: text/html", "Accept-Language: \u00e9\u65e5\u672c\u00ff"));
        assertThat(response).startsWith("HTTP/1.1 400 ");
        assertThat(RawHttp.header(response, "Content-Type")).startsWith("application/problem+json");
        assertThat(response).contains("a header's name or value holds characters not allowed there");
    }

    /** Forwarded headers count only when configured to; Swagger UI's redirect read them anyway. */
    @Test
    void anUntrustedForwardedHostIsIgnoredEvenWhenMalformed() {
        String response = RawHttp.exchange(
                port,
                "127.0.0.1",
                RawHttp.Request.get(
                        "/swagger-ui.html", "Accept: text/html", "X-Forwarded-Host: https://evil.example/"));
        assertThat(response).startsWith("HTTP/1.1 302 ");
        assertThat(RawHttp.header(response, "Location")).isEqualTo("/swagger-ui/index.html");
    }

    /** Tomcat refuses TRACE and hands the 405 to the error page, whose own path is /error. */
    @Test
    void aProblemFromTheErrorPageNamesThePathThatFailed() {
        Http alice = newUser("alice");
        Http.Response response = alice.send(HttpRequest.newBuilder(URI.create(alice.baseUrl() + "/api/jobs"))
                .header("Authorization", "Bearer " + alice.token())
                .method("TRACE", HttpRequest.BodyPublishers.noBody()));
        assertProblem(response, 405);
        assertThat(response.text("instance")).isEqualTo("/api/jobs");
    }

    /** Every list's string filters: longer than anything they could match is a 400 naming the limit. */
    @Test
    void aFilterTooLongToMatchAnythingIs400NamingItsLimit() {
        Http alice = newUser("alice");
        Map<String, String> filters = Map.of(
                "/api/presets?q=",
                "q",
                "/api/presets/?category=",
                "category",
                "/api/presets?runtime=",
                "runtime",
                "/api/jobs?template=",
                "template");
        filters.forEach((list, parameter) -> {
            Http.Response response = alice.get(list + "x".repeat(4000));
            assertProblem(response, 400);
            assertThat(response.text("detail")).isEqualTo(parameter + " must be at most 200 characters, not 4000");
            assertThat(response.text("errors", "0", "field")).isEqualTo(parameter);
        });
        assertProblem(alice.get("/api/templates?category=" + "x".repeat(4000)), 400);
        assertThat(alice.get("/api/presets?q=" + "x".repeat(200)).status()).isEqualTo(200);
    }

    /** The Link header repeats the list's own filters only, and is left out rather than grow too long. */
    @Test
    void pagingHeadersStayBoundedWhateverTheQuery() {
        Http alice = newUser("alice");
        for (String list : new String[] {"/api/presets", "/api/jobs"}) {
            Http.Response junk = alice.get(list + "?limit=1&junk=" + "y".repeat(6000));
            assertThat(junk.status()).as(junk.body()).isEqualTo(200);
            assertThat(junk.header("Link"))
                    .startsWith("<" + list + "?offset=0&limit=1>")
                    .doesNotContain("junk");
        }
        String most = URLEncoder.encode("\u00fc".repeat(200), StandardCharsets.UTF_8);
        Http.Response longest = alice.get("/api/presets?q=" + most + "&category=" + most + "&runtime=" + most);
        assertThat(longest.status()).as(longest.body()).isEqualTo(200);
        assertThat(longest.header("X-Total-Count")).isEqualTo("0");
        assertThat(longest.raw().headers().map().toString()).hasSizeLessThan(5000);
        Http.Response jobs = alice.get("/api/jobs?status=queued&template=" + most);
        assertThat(jobs.status()).as(jobs.body()).isEqualTo(200);
        assertThat(jobs.header("Link")).startsWith("</api/jobs?status=queued&template=%C3%BC%C3%BC");
    }

    @Test
    void pagesPastAnyListOrGivenTwoWaysAre400() {
        Http alice = newUser("alice");
        for (String list : new String[] {"/api/jobs", "/api/presets"}) {
            Http.Response far = alice.get(list + "?page=2147483647&size=200");
            assertProblem(far, 400);
            assertThat(far.text("detail")).isEqualTo("page 2147483647 of 200 starts past the end of any list");
            assertThat(alice.get(list + "?page=-1&size=2").text("detail")).isEqualTo("page must be 0 or more, not -1");
            assertProblem(alice.get(list + "?page=1&offset=3"), 400);
            assertThat(alice.get(list + "?page=1&size=2").status()).isEqualTo(200);
        }
    }

    private static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"errors\"");
    }
}
