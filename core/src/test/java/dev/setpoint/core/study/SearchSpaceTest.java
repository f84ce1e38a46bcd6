package dev.setpoint.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Value;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Grid order, grid size and the rules of candidate lists. */
class SearchSpaceTest {

    private static final SearchSpace SPACE = new SearchSpace(ordered(
            "tp-size", List.of(Value.of(2), Value.of(4)),
            "policy", List.of(Value.of("lpm"), Value.of("fcfs"), Value.of("dfs-weight"))));

    private static Map<String, List<Value>> ordered(String a, List<Value> av, String b, List<Value> bv) {
        Map<String, List<Value>> map = new LinkedHashMap<>();
        map.put(a, av);
        map.put(b, bv);
        return map;
    }

    @Test
    void theLastParameterVariesFastest() {
        assertThat(SPACE.gridSize()).isEqualTo(6);
        assertThat(SPACE.point(0))
                .containsExactly(Map.entry("tp-size", Value.of(2)), Map.entry("policy", Value.of("lpm")));
        assertThat(SPACE.point(1))
                .containsExactly(Map.entry("tp-size", Value.of(2)), Map.entry("policy", Value.of("fcfs")));
        assertThat(SPACE.point(3))
                .containsExactly(Map.entry("tp-size", Value.of(4)), Map.entry("policy", Value.of("lpm")));
        assertThatThrownBy(() -> SPACE.point(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SPACE.point(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSpaceWithoutParametersIsOnePoint() {
        SearchSpace empty = new SearchSpace(Map.of());

        assertThat(empty.gridSize()).isEqualTo(BigInteger.ONE);
        assertThat(empty.point(0)).isEmpty();
    }

    @Test
    void candidatesAreNonEmptyAndDistinctAsJsonValues() {
        assertThatThrownBy(() -> new SearchSpace(Map.of("crf", List.of())))
                .isInstanceOfSatisfying(
                        SetpointException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("/space/crf"))
                .hasMessageContaining("crf has no candidate values");
        assertThatThrownBy(() -> new SearchSpace(Map.of("crf", List.of(Value.of(1), Value.of(1.0)))))
                .isInstanceOfSatisfying(
                        SetpointException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("/space/crf/1"))
                .hasMessageContaining("1.0 is a candidate of crf twice");
        assertThatThrownBy(() -> new SearchSpace(Map.of("", List.of(Value.of(1)))))
                .hasMessageContaining("a parameter needs a name");
    }

    @Test
    void aGridBeyondALongStillHasPointsAtTheStart() {
        Map<String, List<Value>> parameters = new LinkedHashMap<>();
        for (int p = 0; p < 20; p++) {
            parameters.put(
                    "p" + p,
                    java.util.stream.LongStream.range(0, 10)
                            .mapToObj(Value::of)
                            .map(Value.class::cast)
                            .toList());
        }
        SearchSpace huge = new SearchSpace(parameters);

        assertThat(huge.gridSize()).isEqualTo(BigInteger.TEN.pow(20));
        assertThat(huge.point(11).get("p19")).isEqualTo(Value.of(1));
        assertThat(huge.point(11).get("p18")).isEqualTo(Value.of(1));
    }
}
