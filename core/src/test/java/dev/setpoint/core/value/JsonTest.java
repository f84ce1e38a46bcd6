package dev.setpoint.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void numbersKeepTheirSpellingButCompareAsNumbers() {
        Value parsed = Json.parse("[1, 1.0, 7.50, true]");

        assertThat(Json.write(parsed)).isEqualTo("[1,1.0,7.50,true]");
        Value.Arr items = (Value.Arr) parsed;
        assertThat(items.items().get(0)).isEqualTo(items.items().get(1));
        assertThat(items.items().get(0).hashCode()).isEqualTo(items.items().get(1).hashCode());
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
                .hasMessageContaining("malformed JSON").hasMessageContaining("line 2");
    }

    @Test
    void duplicateKeysAreRejectedInJsonAndYaml() {
        assertThatThrownBy(() -> Json.parse("{\"a\":1,\"a\":2}")).hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> Json.parseYaml("a: 1\na: 2\n")).hasMessageContaining("Duplicate");
    }

    @Test
    void nestingBeyondTheLimitIsRejected() {
        String deep = "[".repeat(Limits.MAX_NESTING_DEPTH + 5) + "]".repeat(Limits.MAX_NESTING_DEPTH + 5);

        assertThatThrownBy(() -> Json.parse(deep)).isInstanceOf(SetpointException.class)
                .hasMessageContaining("nesting depth");
    }

    @Test
    void trailingTokensAndEmptyDocumentsAreErrors() {
        assertThatThrownBy(() -> Json.parse("{} {}")).isInstanceOf(SetpointException.class);
        assertThatThrownBy(() -> Json.parse("   ")).isInstanceOf(SetpointException.class);
    }
}
