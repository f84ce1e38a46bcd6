package dev.setpoint.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.property.Generator;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MergeProperties {

    static LongStream seeds() {
        return Generator.seeds(1000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mergingIsDeterministic(long seed) {
        Generator gen = new Generator(seed);
        List<ParameterPreset> presets = presetList(gen);
        MergeStrategy strategy = gen.oneOf(MergeStrategy.values());

        assertThat(render(Merger.merge(presets, strategy))).isEqualTo(render(Merger.merge(presets, strategy)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void unionContainsEveryInputValueAndNothingElse(long seed) {
        List<ParameterPreset> presets = presetList(new Generator(seed));
        MergeResult result = Merger.merge(presets, MergeStrategy.UNION);

        Map<String, Set<Value>> inputs = new LinkedHashMap<>();
        presets.forEach(p -> p.parameters()
                .forEach((param, values) ->
                        inputs.computeIfAbsent(param, k -> new HashSet<>()).addAll(values)));
        assertThat(result.parameters().keySet()).containsExactlyElementsOf(inputs.keySet());
        result.parameters().forEach((param, values) -> {
            assertThat(values).doesNotHaveDuplicates();
            assertThat(new HashSet<>(values)).isEqualTo(inputs.get(param));
        });
        assertThat(result.conflicts()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void intersectionValuesAreAllowedByEveryPreset(long seed) {
        List<ParameterPreset> presets = presetList(new Generator(seed));
        MergeResult result = Merger.merge(presets, MergeStrategy.INTERSECTION);

        result.parameters().forEach((param, values) -> {
            assertThat(values).isNotEmpty();
            presets.forEach(p -> assertThat(p.parameters().get(param)).containsAll(values));
        });
        presets.get(0)
                .parameters()
                .forEach((param, values) -> values.stream()
                        .filter(v -> presets.stream()
                                .allMatch(p -> p.parameters()
                                        .getOrDefault(param, List.of())
                                        .contains(v)))
                        .forEach(v -> assertThat(result.parameters().get(param)).contains(v)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void intersectionReportsEachDroppedParameterExactlyOnce(long seed) {
        List<ParameterPreset> presets = presetList(new Generator(seed));
        MergeResult result = Merger.merge(presets, MergeStrategy.INTERSECTION);

        Set<String> all = presets.stream()
                .flatMap(p -> p.parameters().keySet().stream())
                .collect(Collectors.toCollection(HashSet::new));
        List<String> dropped =
                result.conflicts().stream().map(Conflict::parameter).toList();
        assertThat(dropped).doesNotHaveDuplicates();
        assertThat(new HashSet<>(dropped))
                .isEqualTo(difference(all, result.parameters().keySet()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void lastWinsIsALeftFoldOfPairwiseLastWins(long seed) {
        List<ParameterPreset> presets = presetList(new Generator(seed));
        MergeResult whole = Merger.merge(presets, MergeStrategy.LAST_WINS);

        ParameterPreset folded = presets.get(0);
        List<Conflict> conflicts = new ArrayList<>();
        for (ParameterPreset next : presets.subList(1, presets.size())) {
            MergeResult step = Merger.merge(List.of(folded, next), MergeStrategy.LAST_WINS);
            conflicts.addAll(step.conflicts());
            folded = TestPresets.preset("Folded", step.parameters());
        }
        assertThat(render(whole.parameters())).isEqualTo(render(folded.parameters()));
        assertThat(whole.conflicts()).isEqualTo(conflicts);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mergingAPresetWithItselfGivesThatPreset(long seed) {
        Generator gen = new Generator(seed);
        ParameterPreset preset = preset(gen);
        MergeStrategy strategy = gen.oneOf(MergeStrategy.values());
        MergeResult result = Merger.merge(List.of(preset, preset), strategy);

        assertThat(render(result.parameters())).isEqualTo(render(preset.parameters()));
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.appliedPresets()).containsExactly(preset.name(), preset.name());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void gridSizeIsTheProductOfCandidateCounts(long seed) {
        Generator gen = new Generator(seed);
        List<ParameterPreset> presets = presetList(gen);
        MergeStrategy strategy = gen.oneOf(MergeStrategy.values());
        MergeResult result = Merger.merge(presets, strategy);

        long product = 1;
        for (List<Value> values : result.parameters().values()) {
            product *= values.size();
        }
        assertThat(result.gridSize()).isEqualTo(BigInteger.valueOf(product));
    }

    private static List<ParameterPreset> presetList(Generator gen) {
        return gen.list(1, 5, () -> preset(gen));
    }

    private static ParameterPreset preset(Generator gen) {
        Map<String, List<Value>> parameters = gen.map(
                4,
                () -> gen.oneOf("tp-size", "mem-fraction-static", "schedule-policy", "chunked", "x"),
                () -> candidates(gen));
        return TestPresets.preset(gen.oneOf("P", "Q", "R"), parameters);
    }

    /**
     * Small pools so that presets share values often; decimals vary in scale (1, 1.0, 1.00 are one
     * value). One list in three holds only integers, some written as decimals (2.0), the case merges
     * compare as longs.
     */
    private static List<Value> candidates(Generator gen) {
        if (gen.chance(1.0 / 3)) {
            return gen.distinctList(
                    1, 4, () -> Value.of(BigDecimal.valueOf(gen.between(0, 5)).setScale(gen.between(0, 1))));
        }
        return gen.distinctList(
                1,
                4,
                () -> gen.<Value>fromOneOf(
                        () -> Value.of(gen.between(0, 3)),
                        () -> Value.of(BigDecimal.valueOf(gen.between(0, 30), 1).setScale(gen.between(1, 3))),
                        () -> gen.oneOf(Value.TRUE, Value.FALSE),
                        () -> Value.of(gen.oneOf("lpm", "fcfs", "1", "true"))));
    }

    /** Exact text, so that order and spelling (1 vs 1.0) count, unlike {@link Value#equals}. */
    private static String render(MergeResult result) {
        return render(result.parameters())
                + result.appliedPresets()
                + result.conflicts().stream()
                        .map(c -> c.reason().id() + " " + c.message())
                        .toList();
    }

    private static String render(Map<String, List<Value>> parameters) {
        Map<String, Value> members = new LinkedHashMap<>();
        parameters.forEach((param, values) -> members.put(param, Value.arr(values)));
        return Json.write(new Value.Obj(members));
    }

    private static Set<String> difference(Set<String> all, Set<String> kept) {
        Set<String> rest = new HashSet<>(all);
        rest.removeAll(kept);
        return rest;
    }
}
