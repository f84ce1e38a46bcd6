package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, item 9: malformed and mis-typed bodies, sent to every endpoint that takes one, get 4xx
 * problems whose messages speak of the request, never of Jackson, Java or the server's classes.
 */
class PlainMessagesTest extends ServerTestBase {

    private static final List<String> BODIES = List.of(
            "{",
            "[1,,2]",
            "{\"a\": 1,}",
            "nul",
            "{} {}",
            "[]",
            "\"x\"",
            "5",
            "{\"template\": {}}",
            "{\"template\": [1]}",
            "{\"template\": 1.5}",
            "{\"preset_ids\": {}}",
            "{\"preset_ids\": [\"x\"]}",
            "{\"preset_ids\": [1.5]}",
            "{\"preset_ids\": [1e999999999]}",
            "{\"preset_ids\": [" + "9".repeat(1500) + "]}",
            "{\"preset_ids\": [null]}",
            "{\"quality\": {}}",
            "{\"quality\": 1e999999999}",
            "{\"inputs\": []}",
            "{\"inputs\": {\"steps\": NaN}}",
            "{\"inputs\": {\"steps\": 0x10}}",
            "{\"inputs\": {\"steps\": 01}}",
            "{\"name\": 5}",
            "{\"name\": [\"x\"]}",
            "{\"name\": \"x\", \"parameters\": 5}",
            "{\"visibility\": 1}",
            "{\"username\": true}",
            "{\"password\": {}}",
            "{\"role\": 1e999999999}",
            "{\"surprise\": 1}",
            "{\"a\": 1, \"a\": 2}",
            "{\"preset\": 1e999999999}",
            "{\"preset\": [true]}",
            "{\"version\": 1, \"preset\": {}}",
            "[".repeat(600) + "]".repeat(600),
            "{\"x\": \"\u0001\"}",
            "{\"x\": \"\\q\"}",
            "{\"merge_strategy\": 7}",
            "{\"inputs\": {\"prompt\": {}}}");
    private static final Pattern INTERNALS =
            Pattern.compile("tools\\.jackson|com\\.fasterxml|java\\.|Feature|Constraints"
                    + "|getMax|`|\\b(Json\\w+|\\w+Exception|ArrayList|LinkedHashMap|HashMap|Long|Integer|String|Boolean"
                    + "|BigDecimal|BigInteger|Map|List|Value|Object|Record|ApplyBody|MergeRequest|CloneRequest|PreviewBody"
                    + "|NewUser|TokenRequest|Viewer)\\b");

    @Test
    void everyBodyEndpointAnswersBadBodiesInPlainWords() {
        Http alice = newUser("alice");
        String id = alice.post("/api/presets/", "{\"name\": \"p-" + unique() + "\", \"parameters\": {\"steps\": [20]}}")
                .text("id");
        List<String> bodyPaths = List.of(
                "POST /api/presets/",
                "PUT /api/presets/" + id,
                "POST /api/presets/" + id + "/clone",
                "POST /api/presets/import",
                "POST /api/presets/merge",
                "POST /api/apply",
                "POST /api/compatibility",
                "POST /api/estimate",
                "POST /api/jobs",
                "POST /api/quality/preview",
                "POST /api/users",
                "POST /api/me/tokens");
        List<String> failures = new ArrayList<>();
        for (String endpoint : bodyPaths) {
            Http client = endpoint.endsWith("/api/users") ? admin() : alice;
            for (String body : BODIES) {
                check(endpoint, body, send(client, endpoint, body.getBytes(StandardCharsets.UTF_8)), failures);
            }
            check(
                    endpoint,
                    "latin-1",
                    send(client, endpoint, "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)),
                    failures);
        }
        assertThat(failures).isEmpty();
    }

    private static Http.Response send(Http client, String endpoint, byte[] body) {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        return endpoint.startsWith("PUT")
                ? client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(client.baseUrl() + path))
                        .header("Authorization", "Bearer " + client.token())
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)))
                : client.postBytes(path, body, "application/json");
    }

    private static void check(String endpoint, String body, Http.Response response, List<String> failures) {
        String where = endpoint + " " + (body.length() > 60 ? body.substring(0, 60) + "…" : body) + " -> "
                + response.status() + " " + response.body();
        if (response.status() < 400
                || response.status() >= 500
                || !String.valueOf(response.header("Content-Type")).startsWith("application/problem+json")) {
            failures.add("not a 4xx problem: " + where);
            return;
        }
        List<String> messages = new ArrayList<>();
        messages.add(response.text("detail"));
        if (response.at("errors") instanceof Value.Arr errors) {
            errors.items()
                    .forEach(e ->
                            messages.add(((Value.Str) ((Value.Obj) e).members().get("message")).value()));
        }
        messages.stream()
                .filter(m -> INTERNALS.matcher(m).find())
                .forEach(m -> failures.add("'" + m + "' in " + where));
    }
}
