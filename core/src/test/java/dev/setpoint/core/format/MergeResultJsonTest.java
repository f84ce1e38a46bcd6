package dev.setpoint.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.merge.Conflict;
import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Pins the merge document the API answers and {@code setpoint merge --json} prints. */
class MergeResultJsonTest {

    @Test
    void aMergeIsItsParametersPresetsConflictsAndGridSize() {
        Map<String, List<Value>> parameters = new LinkedHashMap<>();
        parameters.put("tp-size", List.of(Value.of(4)));
        parameters.put("schedule-policy", List.of(Value.of("fcfs"), Value.of("lpm")));
        MergeResult result = new MergeResult(
                parameters,
                List.of("Balanced", "High Throughput"),
                List.of(new Conflict(
                        "tp-size",
                        Conflict.Reason.OVERRIDDEN,
                        "High Throughput",
                        List.of(Value.of(1), Value.of(2)),
                        List.of(Value.of(4)))));

        assertThat(Json.write(MergeResultJson.encode(result))).isEqualTo("""
                {"parameters":{"tp-size":[4],"schedule-policy":["fcfs","lpm"]},\
                "applied_presets":["Balanced","High Throughput"],\
                "conflicts":[{"parameter":"tp-size","reason":"overridden","preset":"High Throughput",\
                "overridden_by":"High Throughput","previous_values":[1,2],"new_values":[4],\
                "message":"tp-size: High Throughput overrides [1, 2] with [4]"}],\
                "grid_size":2}""");
    }

    @Test
    void onlyAnOverriddenValueNamesItsPresetAsOverriddenBy() {
        List<Conflict> conflicts = List.of(
                new Conflict("a", Conflict.Reason.NO_COMMON_VALUES, "B", List.of(Value.of(1)), List.of(Value.of(2))),
                new Conflict("b", Conflict.Reason.MISSING_FROM_PRESET, "B", List.of(Value.of(3)), List.of()));

        assertThat(Json.write(MergeResultJson.conflicts(conflicts))).isEqualTo("""
                [{"parameter":"a","reason":"no_common_values","preset":"B","previous_values":[1],\
                "new_values":[2],"message":"a: dropped, B allows [2], none of [1]"},\
                {"parameter":"b","reason":"missing_from_preset","preset":"B","previous_values":[3],\
                "new_values":[],"message":"b: dropped, B does not set it"}]""");
    }

    /** The product of the list sizes can pass a long; it is written as the exact integer. */
    @Test
    void aGridSizeBeyondALongIsWrittenInFull() {
        Map<String, List<Value>> parameters = new LinkedHashMap<>();
        List<Value> thousand =
                IntStream.range(0, 1000).mapToObj(i -> (Value) Value.of(i)).toList();
        for (int i = 0; i < 7; i++) {
            parameters.put("p" + i, thousand);
        }

        assertThat(MergeResultJson.encode(new MergeResult(parameters, List.of("A"), List.of()))
                        .members()
                        .get("grid_size"))
                .isEqualTo(Value.of(new BigDecimal("1000000000000000000000")));
    }

    @Test
    void anEmptyMergeIsOnePoint() {
        assertThat(Json.write(MergeResultJson.encode(new MergeResult(Map.of(), List.of(), List.of()))))
                .isEqualTo("{\"parameters\":{},\"applied_presets\":[],\"conflicts\":[],\"grid_size\":1}");
    }
}
