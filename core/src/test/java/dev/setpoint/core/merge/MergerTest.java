package dev.setpoint.core.merge;

import static dev.setpoint.core.merge.TestPresets.preset;
import static dev.setpoint.core.merge.TestPresets.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.Conflict.Reason;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.SystemParameterPresets;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Limits;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MergerTest {

    // The parameter-preset seed's three merge examples.
    private static final ParameterPreset A =
            preset("Preset A", "tp-size", values(1, 2), "mem-fraction-static", values(0.8));
    private static final ParameterPreset B = preset("Preset B", "tp-size", values(4), "schedule-policy", values("lpm"));
    private static final ParameterPreset B_FOR_INTERSECTION =
            preset("Preset B", "tp-size", values(2, 4), "schedule-policy", values("lpm"));

    @Nested
    class SeedExamples {

        @Test
        void unionCombinesAndDeduplicatesValues() {
            MergeResult result = Merger.merge(List.of(A, B), MergeStrategy.UNION);

            assertThat(result.parameters())
                    .containsExactly(
                            entry("tp-size", values(1, 2, 4)),
                            entry("mem-fraction-static", values(0.8)),
                            entry("schedule-policy", values("lpm")));
            assertThat(result.appliedPresets()).containsExactly("Preset A", "Preset B");
            assertThat(result.conflicts()).isEmpty();
            assertThat(result.gridSize()).isEqualTo(BigInteger.valueOf(3));
        }

        @Test
        void intersectionKeepsOnlyCommonValuesAndReportsEveryDroppedParameter() {
            MergeResult result = Merger.merge(List.of(A, B_FOR_INTERSECTION), MergeStrategy.INTERSECTION);

            assertThat(result.parameters()).containsExactly(entry("tp-size", values(2)));
            assertThat(result.conflicts())
                    .containsExactly(
                            new Conflict(
                                    "mem-fraction-static",
                                    Reason.MISSING_FROM_PRESET,
                                    "Preset B",
                                    values(0.8),
                                    List.of()),
                            new Conflict(
                                    "schedule-policy", Reason.MISSING_FROM_PRESET, "Preset A", List.of(), List.of()));
            assertThat(result.gridSize()).isEqualTo(BigInteger.ONE);
        }

        @Test
        void lastWinsLetsTheLaterPresetOverride() {
            MergeResult result = Merger.merge(List.of(A, B), MergeStrategy.LAST_WINS);

            assertThat(result.parameters())
                    .containsExactly(
                            entry("tp-size", values(4)),
                            entry("mem-fraction-static", values(0.8)),
                            entry("schedule-policy", values("lpm")));
            assertThat(result.conflicts())
                    .containsExactly(new Conflict("tp-size", Reason.OVERRIDDEN, "Preset B", values(1, 2), values(4)));
            assertThat(result.conflicts().get(0).message()).isEqualTo("tp-size: Preset B overrides [1, 2] with [4]");
            assertThat(result.gridSize()).isEqualTo(BigInteger.ONE);
        }
    }

    @Nested
    class SystemPresets {

        private final List<ParameterPreset> throughputThenMemory =
                List.of(SystemParameterPresets.HIGH_THROUGHPUT, SystemParameterPresets.MEMORY_EFFICIENT);

        @Test
        void unionOfHighThroughputAndMemoryEfficientOffersBothSpaces() {
            MergeResult result = Merger.merge(throughputThenMemory, MergeStrategy.UNION);

            assertThat(result.parameters())
                    .containsExactly(
                            entry("tp-size", values(2, 4, 1)),
                            entry("mem-fraction-static", values(0.9, 0.7, 0.75)),
                            entry("schedule-policy", values("fcfs")),
                            entry("enable-mixed-chunking", values(true)),
                            entry("enable-chunked-prefill", values(true)));
            assertThat(result.conflicts()).isEmpty();
            assertThat(result.gridSize()).isEqualTo(BigInteger.valueOf(9));
        }

        @Test
        void intersectionOfHighThroughputAndMemoryEfficientDropsEverythingAndSaysWhy() {
            MergeResult result = Merger.merge(throughputThenMemory, MergeStrategy.INTERSECTION);

            assertThat(result.parameters()).isEmpty();
            assertThat(result.conflicts())
                    .containsExactly(
                            new Conflict(
                                    "tp-size", Reason.NO_COMMON_VALUES, "Memory Efficient", values(2, 4), values(1)),
                            new Conflict(
                                    "mem-fraction-static",
                                    Reason.NO_COMMON_VALUES,
                                    "Memory Efficient",
                                    values(0.9),
                                    values(0.7, 0.75)),
                            new Conflict(
                                    "schedule-policy",
                                    Reason.MISSING_FROM_PRESET,
                                    "Memory Efficient",
                                    values("fcfs"),
                                    List.of()),
                            new Conflict(
                                    "enable-mixed-chunking",
                                    Reason.MISSING_FROM_PRESET,
                                    "Memory Efficient",
                                    values(true),
                                    List.of()),
                            new Conflict(
                                    "enable-chunked-prefill",
                                    Reason.MISSING_FROM_PRESET,
                                    "High Throughput",
                                    List.of(),
                                    List.of()));
            assertThat(result.conflicts())
                    .extracting(Conflict::message)
                    .containsExactly(
                            "tp-size: dropped, Memory Efficient allows [1], none of [2, 4]",
                            "mem-fraction-static: dropped, Memory Efficient allows [0.7, 0.75], none of [0.9]",
                            "schedule-policy: dropped, Memory Efficient does not set it",
                            "enable-mixed-chunking: dropped, Memory Efficient does not set it",
                            "enable-chunked-prefill: dropped, High Throughput does not set it");
            assertThat(result.gridSize()).isEqualTo(BigInteger.ONE);
        }

        @Test
        void lastWinsOfHighThroughputAndMemoryEfficientReportsEachOverride() {
            MergeResult result = Merger.merge(throughputThenMemory, MergeStrategy.LAST_WINS);

            assertThat(result.parameters())
                    .containsExactly(
                            entry("tp-size", values(1)),
                            entry("mem-fraction-static", values(0.7, 0.75)),
                            entry("schedule-policy", values("fcfs")),
                            entry("enable-mixed-chunking", values(true)),
                            entry("enable-chunked-prefill", values(true)));
            assertThat(result.conflicts())
                    .extracting(Conflict::message)
                    .containsExactly(
                            "tp-size: Memory Efficient overrides [2, 4] with [1]",
                            "mem-fraction-static: Memory Efficient overrides [0.9] with [0.7, 0.75]");
            assertThat(result.gridSize()).isEqualTo(BigInteger.TWO);
        }

        @Test
        void intersectionOfLowLatencyAndBalancedKeepsTheSharedSpaceInTheFirstPresetsOrder() {
            MergeResult result = Merger.merge(
                    List.of(SystemParameterPresets.LOW_LATENCY, SystemParameterPresets.BALANCED),
                    MergeStrategy.INTERSECTION);

            assertThat(result.parameters())
                    .containsExactly(
                            entry("tp-size", values(1, 2)),
                            entry("schedule-policy", values("lpm")),
                            entry("mem-fraction-static", values(0.85)));
            assertThat(result.conflicts()).isEmpty();
        }

        @Test
        void intersectionOfAllFourReportsParametersMissingFromTheFirstPresetToo() {
            MergeResult result = Merger.merge(SystemParameterPresets.ALL, MergeStrategy.INTERSECTION);

            assertThat(result.parameters()).isEmpty();
            assertThat(result.conflicts())
                    .extracting(Conflict::parameter, c -> c.reason().id(), Conflict::preset)
                    .containsExactly(
                            tuple("tp-size", "no_common_values", "High Throughput"),
                            tuple("mem-fraction-static", "no_common_values", "High Throughput"),
                            tuple("enable-chunked-prefill", "missing_from_preset", "High Throughput"),
                            tuple("schedule-policy", "missing_from_preset", "Memory Efficient"),
                            tuple("enable-mixed-chunking", "missing_from_preset", "Memory Efficient"));
        }

        @Test
        void lastWinsOfAllFourEndsWithBalancedValuesWhereBalancedSetsThem() {
            MergeResult result = Merger.merge(SystemParameterPresets.ALL, MergeStrategy.LAST_WINS);

            assertThat(result.parameters())
                    .containsExactly(
                            entry("tp-size", values(1, 2)),
                            entry("mem-fraction-static", values(0.85)),
                            entry("enable-chunked-prefill", values(true)),
                            entry("schedule-policy", values("fcfs", "lpm")),
                            entry("enable-mixed-chunking", values(true)));
            // Balanced repeats Low Latency's tp-size and mem-fraction-static: not an override.
            assertThat(result.conflicts())
                    .extracting(Conflict::message)
                    .containsExactly(
                            "tp-size: High Throughput overrides [1] with [2, 4]",
                            "mem-fraction-static: High Throughput overrides [0.7, 0.75] with [0.9]",
                            "tp-size: Low Latency overrides [2, 4] with [1, 2]",
                            "schedule-policy: Low Latency overrides [\"fcfs\"] with [\"lpm\"]",
                            "mem-fraction-static: Low Latency overrides [0.9] with [0.85]",
                            "schedule-policy: Balanced overrides [\"lpm\"] with [\"fcfs\", \"lpm\"]");
        }
    }

    @Nested
    class JsonEquality {

        private final ParameterPreset integer = preset("Integer", "x", values(1));
        private final ParameterPreset decimal = preset("Decimal", "x", values(new BigDecimal("1.0")));
        private final ParameterPreset bool = preset("Bool", "x", values(true));

        @Test
        void unionTreatsOneAndOnePointZeroAsOneValueButTrueAsAnother() {
            MergeResult result = Merger.merge(List.of(integer, decimal, bool), MergeStrategy.UNION);

            assertThat(result.parameters().get("x")).containsExactly(Value.of(1), Value.TRUE);
            assertThat(Json.write(result.parameters().get("x").get(0)))
                    .as("first spelling kept")
                    .isEqualTo("1");
        }

        @Test
        void unionOfIntegersOnlyKeepsTheFirstSpellingInFirstAppearanceOrder() {
            MergeResult result = Merger.merge(
                    List.of(
                            preset("A", "x", values(new BigDecimal("2.0"), 7, -3)),
                            preset(
                                    "B",
                                    "x",
                                    values(new BigDecimal("7.00"), 2, 9, new BigDecimal("-3.0"), 4000000000L))),
                    MergeStrategy.UNION);

            assertThat(result.parameters().get("x"))
                    .extracting(Json::write)
                    .containsExactly("2.0", "7", "-3", "9", "4000000000");
        }

        @Test
        void intersectionFindsOneInOnePointZeroButNotInTrue() {
            assertThat(Merger.merge(List.of(integer, decimal), MergeStrategy.INTERSECTION)
                            .parameters())
                    .containsExactly(entry("x", values(1)));

            MergeResult withBool = Merger.merge(List.of(integer, bool), MergeStrategy.INTERSECTION);
            assertThat(withBool.parameters()).isEmpty();
            assertThat(withBool.conflicts())
                    .containsExactly(new Conflict("x", Reason.NO_COMMON_VALUES, "Bool", values(1), values(true)));
        }

        @Test
        void lastWinsSeesOnePointZeroAsTheSameValueButTrueAsAnOverride() {
            assertThat(Merger.merge(List.of(integer, decimal), MergeStrategy.LAST_WINS)
                            .conflicts())
                    .isEmpty();
            assertThat(Merger.merge(List.of(integer, bool), MergeStrategy.LAST_WINS)
                            .conflicts())
                    .extracting(Conflict::message)
                    .containsExactly("x: Bool overrides [1] with [true]");
        }

        @Test
        void lastWinsWithTheSameValuesInAnotherOrderIsNoConflict() {
            ParameterPreset reversed = preset("Reversed", "tp-size", values(2, 1));

            MergeResult result = Merger.merge(List.of(A, reversed), MergeStrategy.LAST_WINS);

            assertThat(result.conflicts()).isEmpty();
            assertThat(result.parameters().get("tp-size")).containsExactly(Value.of(2), Value.of(1));
        }

        @Test
        void mixedTypesInOneListMergeWithoutError() {
            ParameterPreset mixed = preset("Mixed", "x", values(1, "1", true, 2.5, false));
            ParameterPreset other = preset("Other", "x", values("1", new BigDecimal("2.50"), 3));

            assertThat(Merger.merge(List.of(mixed, other), MergeStrategy.UNION)
                            .parameters()
                            .get("x"))
                    .containsExactlyElementsOf(values(1, "1", true, 2.5, false, 3));
            assertThat(Merger.merge(List.of(mixed, other), MergeStrategy.INTERSECTION)
                            .parameters()
                            .get("x"))
                    .containsExactlyElementsOf(values("1", 2.5));
        }
    }

    @ParameterizedTest
    @EnumSource(MergeStrategy.class)
    void singlePresetIsItsOwnParametersWithoutConflicts(MergeStrategy strategy) {
        MergeResult result = Merger.merge(List.of(A), strategy);

        assertThat(result.parameters())
                .containsExactly(entry("tp-size", values(1, 2)), entry("mem-fraction-static", values(0.8)));
        assertThat(result.appliedPresets()).containsExactly("Preset A");
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.gridSize()).isEqualTo(BigInteger.TWO);
    }

    @Test
    void intersectionReportsNoCommonValuesAgainstTheValuesLeftSoFar() {
        ParameterPreset first = preset("First", "x", values(1, 2, 3));
        ParameterPreset second = preset("Second", "x", values(3, 2));
        ParameterPreset third = preset("Third", "x", values(1));

        MergeResult result = Merger.merge(List.of(first, second, third), MergeStrategy.INTERSECTION);

        assertThat(result.conflicts())
                .containsExactly(new Conflict("x", Reason.NO_COMMON_VALUES, "Third", values(2, 3), values(1)));
    }

    @Test
    void intersectionKeepsTheFirstPresetsValueOrder() {
        ParameterPreset first = preset("First", "x", values("c", "a", "b"));
        ParameterPreset second = preset("Second", "x", values("b", "a", "c"));

        assertThat(Merger.merge(List.of(first, second), MergeStrategy.INTERSECTION)
                        .parameters()
                        .get("x"))
                .containsExactlyElementsOf(values("c", "a", "b"));
    }

    @Test
    void gridSizeOfNoParametersIsOnePoint() {
        assertThat(Merger.merge(List.of(preset("Empty")), MergeStrategy.UNION).gridSize())
                .isEqualTo(BigInteger.ONE);
    }

    @Test
    void gridSizeDoesNotOverflowALong() {
        List<Value> hundred =
                IntStream.range(0, 100).mapToObj(i -> (Value) Value.of(i)).toList();
        Map<String, List<Value>> params = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            params.put("p" + i, hundred);
        }

        MergeResult result = Merger.merge(List.of(preset("Huge", params)), MergeStrategy.UNION);

        assertThat(result.gridSize()).isEqualTo(BigInteger.TEN.pow(24));
    }

    @Test
    void noPresetsIsInvalid() {
        SetpointException e =
                catchThrowableOfType(SetpointException.class, () -> Merger.merge(List.of(), MergeStrategy.UNION));

        assertThat(e.kind()).isEqualTo(SetpointException.Kind.INVALID);
        assertThat(e.getMessage()).contains("at least one preset");
    }

    @Test
    void morePresetsThanTheLimitIsTooLarge() {
        List<ParameterPreset> atLimit = Collections.nCopies(Limits.MAX_MERGE_PRESETS, A);
        assertThat(Merger.merge(atLimit, MergeStrategy.UNION).appliedPresets()).hasSize(Limits.MAX_MERGE_PRESETS);

        List<ParameterPreset> overLimit = Collections.nCopies(Limits.MAX_MERGE_PRESETS + 1, A);
        SetpointException e =
                catchThrowableOfType(SetpointException.class, () -> Merger.merge(overLimit, MergeStrategy.UNION));

        assertThat(e.kind()).isEqualTo(SetpointException.Kind.TOO_LARGE);
        assertThat(e.getMessage()).contains("257 presets", "256");
    }
}
