package dev.setpoint.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueNumTest {

    @Test
    void equalNumbersInAnySpellingHashAlike() {
        for (List<String> spellings : List.of(
                List.of("1", "1.0", "1.000", "0.1E1", "10E-1"),
                List.of("0", "0.00", "0E+5", "-0.0"),
                List.of("0.1", "0.10", "1E-1"),
                List.of("123456789012345678901234567890", "1.23456789012345678901234567890E+29"),
                List.of("1E+400", "10E+399"),
                List.of("-7.5", "-7.50"))) {
            Set<Integer> hashes = new HashSet<>();
            spellings.forEach(text -> hashes.add(Value.of(new BigDecimal(text)).hashCode()));
            assertThat(hashes).as(spellings.toString()).hasSize(1);
        }
    }

    @Test
    void smallIntegersSpreadOverTheLowBitsThatHashTablesIndexBy() {
        Set<Integer> buckets = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            buckets.add(Value.of(i).hashCode() & 1023);
        }
        assertThat(buckets).hasSizeGreaterThan(300);
    }
}
