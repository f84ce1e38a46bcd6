package dev.setpoint.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.preset.ParameterPreset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each limit accepts input at the limit and rejects input just over it, with a clear message. */
class LimitsTest {

    private static ParameterPreset preset(String name, Map<String, List<Value>> parameters) {
        return new ParameterPreset(null, name, null, null, null, parameters, false, Metadata.EMPTY);
    }

    private static List<Value> candidates(int count) {
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(Value.of(i));
        }
        return values;
    }

    private static Map<String, List<Value>> parameters(int count) {
        Map<String, List<Value>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            parameters.put("p" + i, List.of(Value.of(i)));
        }
        return parameters;
    }

    @Test
    void candidateListsAreLimited() {
        assertThatCode(() -> preset("ok", Map.of("x", candidates(Limits.MAX_CANDIDATES))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> preset("big", Map.of("x", candidates(Limits.MAX_CANDIDATES + 1))))
                .hasMessageContaining("/parameters/x: " + (Limits.MAX_CANDIDATES + 1)
                        + " candidate values; the limit is " + Limits.MAX_CANDIDATES);
    }

    @Test
    void parameterCountsAreLimited() {
        assertThatCode(() -> preset("ok", parameters(Limits.MAX_PARAMETERS))).doesNotThrowAnyException();
        assertThatThrownBy(() -> preset("big", parameters(Limits.MAX_PARAMETERS + 1)))
                .hasMessageContaining("the limit is " + Limits.MAX_PARAMETERS);
    }

    @Test
    void namesAreLimited() {
        assertThatCode(() -> preset("n".repeat(Limits.MAX_NAME_LENGTH), Map.of()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> preset("n".repeat(Limits.MAX_NAME_LENGTH + 1), Map.of()))
                .hasMessageContaining("/name: name has " + (Limits.MAX_NAME_LENGTH + 1) + " characters");
        assertThatThrownBy(() ->
                        preset("ok", Map.of("p".repeat(Limits.MAX_PARAMETER_NAME_LENGTH + 1), List.of(Value.of(1)))))
                .hasMessageContaining("parameter names are 1 to " + Limits.MAX_PARAMETER_NAME_LENGTH);
    }

    @Test
    void stringValuesAreLimited() {
        String atLimit = "\"" + "s".repeat(Limits.MAX_STRING_LENGTH) + "\"";
        String over = "\"" + "s".repeat(Limits.MAX_STRING_LENGTH + 1) + "\"";

        assertThat(Json.parse(atLimit)).isInstanceOf(Value.Str.class);
        assertThatThrownBy(() -> Json.parse(over))
                .isInstanceOf(SetpointException.class)
                .hasMessageContaining("a string is longer than " + Limits.MAX_STRING_LENGTH + " characters");
    }

    @Test
    void documentsAreLimited() {
        String huge = " ".repeat(Limits.MAX_DOCUMENT_CHARS) + "{}";

        assertThatThrownBy(() -> Json.parse(huge))
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(SetpointException.Kind.TOO_LARGE));
    }
}
