package dev.setpoint.core.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Value;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    static Stream<Arguments> hiddenCharacters() {
        return Stream.of(
                Arguments.of("Mi\u202Ene", "U+202E RIGHT-TO-LEFT OVERRIDE at position 3"),
                Arguments.of("Mine\u200B", "U+200B ZERO WIDTH SPACE at position 5"),
                Arguments.of("Mi\u200Dne", "U+200D ZERO WIDTH JOINER at position 3"),
                Arguments.of("\uFEFFMine", "U+FEFF ZERO WIDTH NO-BREAK SPACE at position 1"),
                Arguments.of("Mine\r\nrm", "U+000D CARRIAGE RETURN (CR) at position 5"),
                Arguments.of("Mine\n", "U+000A LINE FEED (LF) at position 5"),
                Arguments.of("Mi\u0000ne", "U+0000 NULL at position 3"),
                Arguments.of("Mine\u2028", "U+2028 LINE SEPARATOR at position 5"),
                Arguments.of("Mi\u3164ne", "U+3164 HANGUL FILLER at position 3"),
                Arguments.of("Mine\uFE0F", "U+FE0F VARIATION SELECTOR-16 at position 5"),
                Arguments.of("Mine\uFDD0", "U+FDD0 (a noncharacter) at position 5"),
                Arguments.of("Mi\uD800ne", "U+D800, half of a surrogate pair without the other half, at position 3"),
                Arguments.of("😀\uDE00", "U+DE00, half of a surrogate pair without the other half, at position 2"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("hiddenCharacters")
    void aNameWithAnInvalidOrInvisibleCharacterIsRefusedNamingIt(String name, String which) {
        assertThatThrownBy(() -> new ParameterPreset(null, name, null, null, null, Map.of(), false, null))
                .isInstanceOfSatisfying(
                        SetpointException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.path()).isEqualTo("/name");
                            assertThat(p.message()).startsWith("contains " + which);
                        }));
        assertThatThrownBy(() -> new QualityPreset(
                        "custom_x", name, null, null, null, null, null, null, null, null, null, false, null))
                .hasMessageContaining(which);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mine", "Crème brûlée", "Ｍｉｎｅ", "東京 fast", "❤️ portraits", "tp-size=4 (A/B)", "Ω"})
    void visibleNamesInAnyScriptAreAccepted(String name) {
        assertThat(Names.hiddenCharacter(name)).isEmpty();
        assertThat(new ParameterPreset(null, name, null, null, null, Map.of(), false, null).name())
                .isEqualTo(name);
    }

    @Test
    void namesThatLookAlikeHaveOneKey() {
        assertThat(Stream.of("Mine", "MINE", "ＭＩＮＥ", "Mİne", " mine ", "Ｍine"))
                .extracting(Names::normalized)
                .containsOnly("mine");
        assertThat(Names.normalized("STRASSE")).isEqualTo(Names.normalized("Straße"));
        assertThat(Names.normalized("ﬁne")).isEqualTo("fine");
        assertThat(Names.normalized("Café")).isEqualTo(Names.normalized("Cafe\u0301"));
        assertThat(Names.normalized("❤️ x")).isEqualTo(Names.normalized("❤ x"));
        assertThat(Names.normalized("Mïne")).isNotEqualTo("mine");
    }

    @Test
    void aBlankNameOfAnyKindOfSpaceIsNoName() {
        assertThatThrownBy(() -> new ParameterPreset(null, "\u00A0\u3000", null, null, null, Map.of(), false, null))
                .hasMessageContaining("Preset must have a name");
    }

    static LongStream seeds() {
        return LongStream.range(0, 20).map(i -> 0x5E7_1900L + i);
    }

    /** Upper case, full-width forms and decomposed accents never make a second name. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theKeyIgnoresCaseWidthAndDecomposition(long seed) {
        Random random = new Random(seed);
        String alphabet = "abcdefghijklmnopqrstuvwxyzéüßñçø0123456789 -_";
        for (int n = 0; n < 200; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = 1 + random.nextInt(20); i > 0; i--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String plain = name.toString();
            String key = Names.normalized(plain);
            assertThat(Names.normalized(plain.toUpperCase(Locale.ROOT)))
                    .as(plain)
                    .isEqualTo(key);
            assertThat(Names.normalized(Normalizer.normalize(plain, Normalizer.Form.NFD)))
                    .as(plain)
                    .isEqualTo(key);
            assertThat(Names.normalized(fullWidth(plain))).as(plain).isEqualTo(key);
            assertThat(Names.hiddenCharacter(plain)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tp-size", "cfg_scale", "_private", "model.path", "A1", "x-2.b_c"})
    void parameterNamesAreFlagsOrIdentifiers(String name) {
        List<Problem> problems = new java.util.ArrayList<>();
        Names.checkParameterName("/parameters/" + name, name, problems);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tp\nsize", "$(id)", "-flag", "1st", "a b", "", "größe", "a;rm", "x\u200B"})
    void otherParameterNamesAreRefused(String name) {
        assertThatThrownBy(() -> new ParameterPreset(
                        null, "x", null, null, null, Map.of(name, List.of(Value.of(1))), false, null))
                .isInstanceOfSatisfying(
                        SetpointException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::message)
                                .containsExactly(
                                        "parameter names are 1 to 128 ASCII letters, "
                                                + "digits, '_', '.' or '-', starting with a letter or '_' (tp-size, cfg_scale)"));
    }

    private static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.codePoints().forEach(c -> wide.appendCodePoint(c > 0x20 && c < 0x7F ? c + 0xFEE0 : c));
        return wide.toString();
    }
}
