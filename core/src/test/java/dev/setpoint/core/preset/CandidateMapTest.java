package dev.setpoint.core.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateMapTest {

    private static Map<String, List<Value>> written() {
        Map<String, List<Value>> written = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            written.put("param_" + (39 - i), List.of(Value.of(i), Value.of(i + 1)));
        }
        return written;
    }

    @Test
    void isEqualToTheMapItWasMadeFromInTheSameOrder() {
        Map<String, List<Value>> written = written();
        CandidateMap map = CandidateMap.of(written);

        assertThat(map).isEqualTo(written).hasSameHashCodeAs(written);
        assertThat(map.keySet()).containsExactlyElementsOf(written.keySet());
        assertThat(map.get("param_7")).isInstanceOf(Candidates.class).isEqualTo(written.get("param_7"));
        assertThat(map.get(new String("param_7".toCharArray()))).isEqualTo(written.get("param_7"));
        assertThat(map.get("param_40")).isNull();
        assertThat(map.containsKey("param_0")).isTrue();
        assertThat(map.containsKey(1)).isFalse();
        assertThat(CandidateMap.of(map)).isSameAs(map);
    }

    @Test
    void readsByIndexWithNamesSharedAcrossMapsAndAnOrderFreeHashOfTheValues() {
        CandidateMap one =
                CandidateMap.of(Map.of(new String("tp-size".toCharArray()), List.of(Value.of(1), Value.of(2))));
        CandidateMap other =
                CandidateMap.of(Map.of(new String("tp-size".toCharArray()), List.of(Value.of(2), Value.of(1.0))));

        assertThat(one.name(0)).isEqualTo("tp-size").isSameAs(other.name(0));
        assertThat(one.candidates(0)).containsExactly(Value.of(1), Value.of(2));
        assertThat(one.valuesHash(0)).isEqualTo(other.valuesHash(0));
    }

    @Test
    void cannotBeChanged() {
        CandidateMap map = CandidateMap.of(written());

        assertThatThrownBy(() -> map.put("x", List.of(Value.of(1)))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.remove("param_1")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(map).hasSize(40);
    }
}
