package dev.setpoint.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.setpoint.core.SetpointException;
import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers are bounded by digits and exponent when read, before anything writes out their digits. */
class JsonNumberLimitsTest {

    private static final Duration QUICKLY = Duration.ofSeconds(2);

    @Test
    void aHugeExponentIsRefusedAtOnceWithAPointerAndThePlainLimit() {
        SetpointException e = assertTimeoutPreemptively(
                QUICKLY,
                () -> catchThrowableOfType(
                        SetpointException.class,
                        () -> Json.parse("{\"name\": \"n\", \"parameters\": {\"steps\": [1, 1e999999999]}}")));
        assertThat(e.kind()).isEqualTo(SetpointException.Kind.INVALID);
        assertThat(e.problems().get(0).path()).isEqualTo("/parameters/steps/1");
        assertThat(e.problems().get(0).message())
                .isEqualTo("number 1E+999999999 is too large: at most 100 digits and exponents within ±300");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1e999999999",
                "-1e999999999",
                "1.5E+301",
                "1e-999999999",
                "0e999999999",
                "0E-999999999",
                "1e-301"
            })
    void everyReaderRefusesNumbersOutOfRange(String number) {
        assertTimeoutPreemptively(QUICKLY, () -> {
            assertThatThrownBy(() -> Json.parse("{\"a~/b\": [" + number + "]}"))
                    .isInstanceOf(SetpointException.class)
                    .hasMessageContaining("/a~0~1b/0")
                    .hasMessageContaining("exponents within ±300");
            assertThatThrownBy(() -> Json.parseYaml("x: " + number)).hasMessageContaining("/x");
            assertThatThrownBy(() -> Json.parseTree("[" + number + "]")).hasMessageContaining("/0");
            assertThatThrownBy(() -> Json.parseYamlTree("- " + number)).hasMessageContaining("/0");
        });
    }

    /** Found by fuzzing: exponents beyond an int or a long, which Jackson refuses in its own words. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "51e-7649223372036854775808",
                "1234567890121e-734567890",
                "1e9223372036854775808",
                "1e-2147483649",
                "1E+2147483648"
            })
    void anExponentBeyondAnIntOrALongIsRefusedAtOnceInPlainWords(String number) {
        assertTimeoutPreemptively(QUICKLY, () -> {
            SetpointException json =
                    catchThrowableOfType(SetpointException.class, () -> Json.parse("{\"a\": [" + number + "]}"));
            assertThat(json.kind()).isEqualTo(SetpointException.Kind.INVALID);
            assertThat(json.problems().get(0).message()).contains("exponents within ±300");
            SetpointException yaml =
                    catchThrowableOfType(SetpointException.class, () -> Json.parseYaml("a: [" + number + "]"));
            assertThat(yaml.kind()).isEqualTo(SetpointException.Kind.INVALID);
            for (SetpointException e : new SetpointException[] {json, yaml}) {
                assertThat(e.getMessage()).doesNotContain("Exception", "exceeds limits", "java.", "Jackson");
            }
        });
    }

    @Test
    void aNumberOfTooManyDigitsIsRefusedAndShownShort() {
        String digits = "9".repeat(101);
        assertThatThrownBy(() -> Json.parse("[" + digits + "]"))
                .hasMessageContaining("more digits than 100")
                .hasMessageNotContaining("StreamReadConstraints");
        tools.jackson.databind.JsonNode big = new tools.jackson.databind.node.JsonNodeFactory()
                .numberNode(new java.math.BigInteger("9".repeat(1000)));
        assertThatThrownBy(() -> Json.fromNode(big))
                .hasMessage("number 99999999999999999999… (1000 digits) is too large: at most 100 digits and "
                        + "exponents within ±300");
    }

    @Test
    void numbersAtTheLimitsAreReadAndWrittenAsGiven() {
        Value.Arr read = (Value.Arr) Json.parse("[1e300, -9.99e300, 1e-300, 7.0, 0e300]");
        assertThat(read.items())
                .allSatisfy(n -> assertThat(Double.isFinite(((Value.Num) n).doubleValue()))
                        .isTrue());
        assertThat(Json.write(read.items().get(3))).isEqualTo("7.0");
        assertThat(Json.write(read.items().get(0))).hasSize(301);
    }

    static Stream<Arguments> seeds() {
        return IntStream.range(0, 40).mapToObj(seed -> Arguments.of(seed));
    }

    /** Any digits and any exponent: read only within the limits, never slowly, always a finite double. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomNumbersAreBoundedOrRefusedQuickly(int seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 50; i++) {
            int digits = 1 + random.nextInt(Limits.MAX_NUMBER_LENGTH - 20);
            long exponent = random.nextBoolean()
                    ? random.nextInt(2 * Limits.MAX_NUMBER_EXPONENT + 200) - 400
                    : random.nextLong(-2_000_000_000L, 2_000_000_000L);
            String number = (1 + random.nextInt(9)) + (digits > 1 ? "." + "7".repeat(digits - 1) : "") + "e" + exponent;
            boolean within = Math.abs(exponent) <= Limits.MAX_NUMBER_EXPONENT;
            assertTimeoutPreemptively(QUICKLY, () -> {
                if (within) {
                    Value.Num n = (Value.Num) Json.parse(number);
                    assertThat(Double.isFinite(n.doubleValue())).as(number).isTrue();
                    assertThat(Json.write(n).length()).as(number).isLessThan(Limits.MAX_NUMBER_EXPONENT + 110);
                } else {
                    assertThatThrownBy(() -> Json.parse(number)).as(number).isInstanceOf(SetpointException.class);
                }
            });
        }
    }
}
