package dev.setpoint.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

class JsonTest {

    @Test
    void numbersKeepTheirSpellingButCompareAsNumbers() {
        Value parsed = Json.parse("[1, 1.0, 7.50, true]");

        assertThat(Json.write(parsed)).isEqualTo("[1,1.0,7.50,true]");
        Value.Arr items = (Value.Arr) parsed;
        assertThat(items.items().get(0)).isEqualTo(items.items().get(1));
        assertThat(items.items().get(0).hashCode())
                .isEqualTo(items.items().get(1).hashCode());
        assertThat(items.items().get(3)).isNotEqualTo(Value.of(1));
    }

    @Test
    void objectsKeepKeyOrderWhenWritten() {
        assertThat(Json.write(Json.parse("{\"b\":1,\"a\":{\"z\":null,\"y\":\"\\n\"}}")))
                .isEqualTo("{\"b\":1,\"a\":{\"z\":null,\"y\":\"\\n\"}}");
    }

    @Test
    void malformedJsonNamesTheLine() {
        assertThatThrownBy(() -> Json.parse("{\n\"a\": 1,,\n}"))
                .isInstanceOf(SetpointException.class)
                .hasMessageContaining("malformed JSON")
                .hasMessageContaining("line 2");
    }

    @Test
    void duplicateKeysAreRejectedInJsonAndYaml() {
        assertThatThrownBy(() -> Json.parse("{\"a\":1,\"a\":2}")).hasMessageContaining("property 'a' is given twice");
        assertThatThrownBy(() -> Json.parseYaml("a: 1\na: 2\n")).hasMessageContaining("property 'a' is given twice");
    }

    @Test
    void nestingBeyondTheLimitIsRejected() {
        String deep = "[".repeat(Limits.MAX_NESTING_DEPTH + 5) + "]".repeat(Limits.MAX_NESTING_DEPTH + 5);

        assertThatThrownBy(() -> Json.parse(deep))
                .isInstanceOf(SetpointException.class)
                .hasMessageContaining("arrays and objects nest deeper than 32 levels");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\": 1,,}",
                "[1 2]",
                "{a: 1}",
                "[NaN]",
                "[01]",
                "[\"\t\"]",
                "[\"\\x\"]",
                "[tru]",
                "{} {}",
                "[1.]",
                "[1e]",
                "{\"a\" 1}",
                "[",
                "\"abc"
            })
    void malformedJsonIsDescribedInPlainWords(String text) {
        assertThatThrownBy(() -> Json.parse(text))
                .isInstanceOf(SetpointException.class)
                .hasMessageContaining("malformed JSON: ")
                .satisfies(e -> assertPlain(e.getMessage()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x: .inf", "x: [1", "a: 1\na: 2", "x: 'a", "- a\nb: 1", "x: {a: 1, a: 2}"})
    void malformedYamlIsDescribedInPlainWords(String text) {
        assertThatThrownBy(() -> Json.parseYaml(text))
                .isInstanceOf(SetpointException.class)
                .satisfies(e -> assertPlain(e.getMessage()));
    }

    @Test
    void aMalformedDocumentSaysWhatAndWhere() {
        assertThatThrownBy(() -> Json.parse("[1,,2]"))
                .hasMessageEndingWith("malformed JSON: unexpected character ',': expected a string, number, array, "
                        + "object, true, false or null (line 1, column 4)");
        assertThatThrownBy(() -> Json.parse("[NaN]")).hasMessageContaining("NaN is not valid JSON: numbers are finite");
    }

    @Test
    void readTreeHasTheSameLimitsAndLeavesTheWordsToItsCaller() {
        String deep = "[".repeat(Limits.MAX_NESTING_DEPTH + 5) + "]".repeat(Limits.MAX_NESTING_DEPTH + 5);

        assertThat(Json.readTree("{\"a\": [1, 2.50]}").at("/a/1").decimalValue())
                .isEqualByComparingTo("2.5");
        JsonNode blank = Json.readTree(" ");
        assertThat(blank == null || blank.isMissingNode()).isTrue();
        assertThatThrownBy(() -> Json.readTree(deep))
                .isInstanceOf(JacksonException.class)
                .satisfies(e -> assertThat(JsonErrors.what((JacksonException) e, "JSON"))
                        .isEqualTo("arrays and objects nest deeper than 32 levels"));
        assertThatThrownBy(() -> Json.readTree("{\"a\": 1, \"a\": 2}")).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> Json.readTree("{\"a\": [1e999999999]}"))
                .isInstanceOf(SetpointException.class)
                .satisfies(e -> assertThat(
                                ((SetpointException) e).problems().get(0).path())
                        .isEqualTo("/a/0"));
    }

    private static void assertPlain(String message) {
        assertThat(message)
                .doesNotContain(
                        "tools.jackson",
                        "com.fasterxml",
                        "java.",
                        "Feature",
                        "Constraints",
                        "getMax",
                        "`",
                        "Exception",
                        "JsonToken");
    }

    @Test
    void trailingTokensAndEmptyDocumentsAreErrors() {
        assertThatThrownBy(() -> Json.parse("{} {}")).isInstanceOf(SetpointException.class);
        assertThatThrownBy(() -> Json.parse("   ")).isInstanceOf(SetpointException.class);
    }
}
