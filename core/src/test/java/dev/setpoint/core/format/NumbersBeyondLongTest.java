package dev.setpoint.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.Problem;
import dev.setpoint.core.value.Json;
import org.junit.jupiter.api.Test;

class NumbersBeyondLongTest {

    @Test
    void numbersBeyondALongsRangeAreFoundAtTheirPointers() {
        var document = Json.readTree(
                "{\"a\": 92233720368547758081.1, \"b\": [1, -1e19, 9223372036854775807], \"c/d\": {\"e\": 1e300}}");

        assertThat(NumbersBeyondLong.in(document))
                .containsExactly(
                        new Problem("/a", "92233720368547758081.1 is out of range"),
                        new Problem("/b/1", "-1E+19 is out of range"),
                        new Problem("/c~1d/e", "1E+300 is out of range"));
    }

    @Test
    void numbersWithinALongsRangeAreNotReported() {
        var document = Json.readTree(
                "{\"a\": 9223372036854775806.5, \"b\": 0.5, \"c\": -9223372036854775808, \"d\": \"1e30\"}");

        assertThat(NumbersBeyondLong.in(document)).isEmpty();
    }
}
