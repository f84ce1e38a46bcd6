package dev.setpoint.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTypeWordsTest {

    @Test
    void aTypeMismatchIsSaidAsTheApiSaysWrongTypes() {
        assertThat(JsonTypeWords.of("string found, [number, null] expected"))
                .isEqualTo("expected a number or null, not a string");
        assertThat(JsonTypeWords.of("array found, object expected")).isEqualTo("expected an object, not an array");
        assertThat(JsonTypeWords.of("null found, integer expected")).isEqualTo("expected an integer, not null");
    }

    @Test
    void anyOtherMessageIsLeftAsItIs() {
        assertThat(JsonTypeWords.of("must be at least 1")).isEqualTo("must be at least 1");
    }
}
