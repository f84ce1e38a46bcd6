package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 20: every request body is read one way, so a body that breaks a limit gets the same answer
 * whether it is a preset (read as a core value) or an apply, estimate, jobs, merge or preview request
 * (bound to a record): same status, same words, a pointer to the same kind of place.
 */
class RequestBodyLimitsTest extends ServerTestBase {

    /** Where the parser stopped, which differs with the body around the value. */
    /** Where the parser stopped, when it says: it differs with the body around the value. */
    private static final String LOCATION = " \\(line \\d+, column \\d+\\)$";

    /** An endpoint that takes a body, and where in it each test puts what it sends. */
    enum Endpoint {
        CREATE_PRESET(
                "POST",
                "/api/presets/",
                "{\"name\": \"n\", \"parameters\": {\"steps\": [%s]}}",
                "/parameters/steps/0",
                "{\"name\": \"n\", \"parameters\": {}, \"description\": 5}",
                "/description"),
        UPDATE_PRESET(
                "PUT",
                "/api/presets/{id}",
                "{\"parameters\": {\"steps\": [%s]}}",
                "/parameters/steps/0",
                "{\"description\": 5}",
                "/description"),
        MERGE(
                "POST",
                "/api/presets/merge",
                "{\"preset_ids\": [%s]}",
                "/preset_ids/0",
                "{\"preset_ids\": [1], \"merge_strategy\": 5}",
                "/merge_strategy"),
        APPLY(
                "POST",
                "/api/apply",
                "{\"template\": \"noop\", \"inputs\": {\"prompt\": %s}}",
                "/inputs/prompt",
                "{\"template\": 5}",
                "/template"),
        ESTIMATE("POST", "/api/estimate", APPLY.body, APPLY.pointer, APPLY.wrongType, APPLY.wrongPointer),
        COMPATIBILITY("POST", "/api/compatibility", APPLY.body, APPLY.pointer, APPLY.wrongType, APPLY.wrongPointer),
        JOBS("POST", "/api/jobs", APPLY.body, APPLY.pointer, APPLY.wrongType, APPLY.wrongPointer),
        PREVIEW(
                "POST",
                "/api/quality/preview",
                "{\"template\": \"sd-image\", \"preset\": {\"name\": \"q\", "
                        + "\"base_preset\": \"high\", \"parameters\": {\"image_generation\": {\"steps\": %s}}}}",
                "/preset/parameters/image_generation/steps",
                "{\"template\": 5, \"preset\": {}}",
                "/template");

        final String method;
        final String path;
        /** A body with {@code %s} where a value goes. */
        final String body;
        /** Where that value is. */
        final String pointer;
        /** A body with a number where a string belongs. */
        final String wrongType;

        final String wrongPointer;

        Endpoint(String method, String path, String body, String pointer, String wrongType, String wrongPointer) {
            this.method = method;
            this.path = path;
            this.body = body;
            this.pointer = pointer;
            this.wrongType = wrongType;
            this.wrongPointer = wrongPointer;
        }

        String with(String value) {
            return body.formatted(value);
        }
    }

    /** A value that breaks one of the reader's limits, and the answer it gets (without line and column). */
    enum Breach {
        TOO_DEEP("[".repeat(40) + "]".repeat(40), "arrays and objects nest deeper than 32 levels"),
        TOO_LONG_STRING("\"" + "x".repeat(64 * 1024 + 1) + "\"", "a string is longer than 65536 characters"),
        TOO_LONG_NAME("{\"" + "n".repeat(50_001) + "\": 1}", "a property name is longer than 50000 characters"),
        TOO_MANY_DIGITS("1".repeat(101), "a number has more digits than 100"),
        KEY_TWICE("{\"a\": 1, \"a\": 2}", "property 'a' is given twice"),
        NOT_FINITE("NaN", "NaN is not valid JSON: numbers are finite"),
        MALFORMED("[1,,2]", "unexpected character ',': expected a string, number, array, object, true, false or null");

        final String value;
        final String answer;

        Breach(String value, String answer) {
            this.value = value;
            this.answer = answer;
        }
    }

    static Stream<Arguments> everyBreachAtEveryEndpoint() {
        return Arrays.stream(Breach.values())
                .flatMap(breach -> Arrays.stream(Endpoint.values()).map(endpoint -> Arguments.of(breach, endpoint)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyBreachAtEveryEndpoint")
    void aBodyBeyondALimitGetsTheSameAnswerAtEveryEndpoint(Breach breach, Endpoint endpoint) {
        Http.Response response = send(endpoint, endpoint.with(breach.value));

        assertBadRequest(response);
        assertThat(response.text("detail").replaceAll(LOCATION, "")).isEqualTo(breach.answer);
        assertThat(response.text("errors", "0", "pointer")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Endpoint.class)
    void aNumberBeyondItsBoundsIsRefusedAsWrittenWithAPointerAtEveryEndpoint(Endpoint endpoint) {
        Http.Response response = send(endpoint, endpoint.with("-1e999999999"));

        assertBadRequest(response);
        assertThat(response.text("detail"))
                .isEqualTo("number -1E+999999999 is too large: at most 100 digits and exponents within ±300");
        assertThat(response.text("errors", "0", "pointer")).isEqualTo(endpoint.pointer);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Endpoint.class)
    void bytesThatAreNotUtf8GetTheSameAnswerAtEveryEndpoint(Endpoint endpoint) {
        Http.Response response = send(endpoint, endpoint.with("\"caf\u00e9\"").getBytes(StandardCharsets.ISO_8859_1));

        assertBadRequest(response);
        assertThat(response.text("detail")).isEqualTo("the body is not UTF-8 text; JSON must be encoded in UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Endpoint.class)
    void aBodyOfOnlySpacesGetsTheSameAnswerAtEveryEndpoint(Endpoint endpoint) {
        Http.Response response = send(endpoint, " \n ");

        assertBadRequest(response);
        assertThat(response.text("detail")).isEqualTo("the request body is empty; send a JSON object");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Endpoint.class)
    void aNumberWhereAStringBelongsNamesTheFieldAtEveryEndpoint(Endpoint endpoint) {
        Http.Response response = send(endpoint, endpoint.wrongType);

        assertBadRequest(response);
        assertThat(response.text("errors", "0", "pointer")).isEqualTo(endpoint.wrongPointer);
        assertThat(response.text("detail")).startsWith("expected a string").contains(", not ");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Endpoint.class)
    void anUnknownMemberIsRefusedWithAPointerAtEveryEndpoint(Endpoint endpoint) {
        Http.Response response = send(endpoint, endpoint.with("1").replaceFirst("\\{", "{\"surprise\": 1, "));

        assertBadRequest(response);
        assertThat(response.text("errors", "0", "pointer")).isEqualTo("/surprise");
        assertThat(response.text("detail")).startsWith("unknown ").contains("'surprise'");
    }

    private Http.Response send(Endpoint endpoint, String body) {
        return send(endpoint, body.getBytes(StandardCharsets.UTF_8));
    }

    private Http.Response send(Endpoint endpoint, byte[] body) {
        Http alice = newUser("alice");
        if (endpoint.method.equals("PUT")) {
            String id = alice.post(
                            "/api/presets/",
                            "{\"name\": \"p-" + unique() + "\", \"parameters\": " + "{\"steps\": [20]}}")
                    .text("id");
            return alice.putBytes(endpoint.path.replace("{id}", id), body, "application/json");
        }
        return alice.postBytes(endpoint.path, body, "application/json");
    }

    private static void assertBadRequest(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
}
