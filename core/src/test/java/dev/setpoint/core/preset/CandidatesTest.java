package dev.setpoint.core.preset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatesTest {

    private static final Candidates ONE_TWO = Candidates.of(List.of(Value.of(1), Value.of(2)));

    @Test
    void theSameValuesInAnotherOrderAndSpellingAreTheSameValues() {
        Candidates twoOne = Candidates.of(List.of(Value.of(new BigDecimal("2.00")), Value.of(1.0)));

        assertThat(ONE_TWO.sameValues(twoOne)).isTrue();
        assertThat(ONE_TWO.sameValues(Candidates.of(List.of(Value.of(1), Value.of(3)))))
                .isFalse();
        assertThat(ONE_TWO.sameValues(Candidates.of(List.of(Value.of(1))))).isFalse();
    }

    @Test
    void containsComparesAsJson() {
        assertThat(ONE_TWO.contains(Value.of(new BigDecimal("1.0")))).isTrue();
        assertThat(ONE_TWO.contains(Value.TRUE)).isFalse();
        assertThat(ONE_TWO.contains(Value.of("1"))).isFalse();
    }

    @Test
    void integersInAnySpellingReadAsLongsAndAnythingElseMakesTheListNotAllIntegers() {
        Candidates integers =
                Candidates.of(List.of(Value.of(new BigDecimal("2.00")), Value.of(new BigDecimal("-3E+2"))));

        assertThat(integers.allIntegers()).isTrue();
        assertThat(integers.integer(0)).isEqualTo(2);
        assertThat(integers.integer(1)).isEqualTo(-300);
        assertThat(Candidates.of(List.of(Value.of(1), Value.of(1.5))).allIntegers())
                .isFalse();
        assertThat(Candidates.of(List.of(Value.of(1), Value.of("2"))).allIntegers())
                .isFalse();
        assertThat(Candidates.of(List.of(Value.of(new BigDecimal("1E+19")))).allIntegers())
                .as("beyond a long")
                .isFalse();
    }

    @Test
    void isAnImmutableListEqualToAnyListOfTheSameValuesInTheSameOrder() {
        assertThat(ONE_TWO)
                .isEqualTo(List.of(Value.of(1), Value.of(2)))
                .isNotEqualTo(List.of(Value.of(2), Value.of(1)));
        assertThat(Candidates.of(ONE_TWO)).isSameAs(ONE_TWO);
        assertThat(ONE_TWO).containsExactly(Value.of(1), Value.of(2));
    }
}
