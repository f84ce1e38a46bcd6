package dev.setpoint.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.preset.ParameterPreset;
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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MergeProperties {

    @Property
    void mergingIsDeterministic(@ForAll("presetLists") List<ParameterPreset> presets,
            @ForAll MergeStrategy strategy) {
        assertThat(render(Merger.merge(presets, strategy))).isEqualTo(render(Merger.merge(presets, strategy)));
    }

    @Property
    void unionContainsEveryInputValueAndNothingElse(@ForAll("presetLists") List<ParameterPreset> presets) {
        MergeResult result = Merger.merge(presets, MergeStrategy.UNION);

        Map<String, Set<Value>> inputs = new LinkedHashMap<>();
        presets.forEach(p -> p.parameters().forEach((param, values) ->
                inputs.computeIfAbsent(param, k -> new HashSet<>()).addAll(values)));
        assertThat(result.parameters().keySet()).containsExactlyElementsOf(inputs.keySet());
        result.parameters().forEach((param, values) -> {
            assertThat(values).doesNotHaveDuplicates();
            assertThat(new HashSet<>(values)).isEqualTo(inputs.get(param));
        });
        assertThat(result.conflicts()).isEmpty();
    }

    @Property
    void intersectionValuesAreAllowedByEveryPreset(@ForAll("presetLists") List<ParameterPreset> presets) {
        MergeResult result = Merger.merge(presets, MergeStrategy.INTERSECTION);

        result.parameters().forEach((param, values) -> {
            assertThat(values).isNotEmpty();
            presets.forEach(p -> assertThat(p.parameters().get(param)).containsAll(values));
        });
        presets.get(0).parameters().forEach((param, values) -> values.stream()
                .filter(v -> presets.stream().allMatch(p -> p.parameters().getOrDefault(param, List.of()).contains(v)))
                .forEach(v -> assertThat(result.parameters().get(param)).contains(v)));
    }

    @Property
    void intersectionReportsEachDroppedParameterExactlyOnce(@ForAll("presetLists") List<ParameterPreset> presets) {
        MergeResult result = Merger.merge(presets, MergeStrategy.INTERSECTION);

        Set<String> all = presets.stream().flatMap(p -> p.parameters().keySet().stream())
                .collect(Collectors.toCollection(HashSet::new));
        List<String> dropped = result.conflicts().stream().map(Conflict::parameter).toList();
        assertThat(dropped).doesNotHaveDuplicates();
        assertThat(new HashSet<>(dropped)).isEqualTo(difference(all, result.parameters().keySet()));
    }

    @Property
    void lastWinsIsALeftFoldOfPairwiseLastWins(@ForAll("presetLists") List<ParameterPreset> presets) {
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

    @Property
    void mergingAPresetWithItselfGivesThatPreset(@ForAll("presets") ParameterPreset preset,
            @ForAll MergeStrategy strategy) {
        MergeResult result = Merger.merge(List.of(preset, preset), strategy);

        assertThat(render(result.parameters())).isEqualTo(render(preset.parameters()));
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.appliedPresets()).containsExactly(preset.name(), preset.name());
    }

    @Property
    void gridSizeIsTheProductOfCandidateCounts(@ForAll("presetLists") List<ParameterPreset> presets,
            @ForAll MergeStrategy strategy) {
        MergeResult result = Merger.merge(presets, strategy);

        long product = 1;
        for (List<Value> values : result.parameters().values()) {
            product *= values.size();
        }
        assertThat(result.gridSize()).isEqualTo(BigInteger.valueOf(product));
    }

    @Provide
    Arbitrary<List<ParameterPreset>> presetLists() {
        return presets().list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<ParameterPreset> presets() {
        Arbitrary<Map<String, List<Value>>> parameters = Arbitraries.maps(
                Arbitraries.of("tp-size", "mem-fraction-static", "schedule-policy", "chunked", "x"),
                candidates()).ofMaxSize(4);
        return Combinators.combine(Arbitraries.of("P", "Q", "R"), parameters).as(TestPresets::preset);
    }

    /** Small pools so that presets share values often; decimals vary in scale (1, 1.0, 1.00 are one value). */
    private Arbitrary<List<Value>> candidates() {
        Arbitrary<Value> ints = Arbitraries.integers().between(0, 3).map(i -> Value.of(i.longValue()));
        Arbitrary<Value> decimals = Combinators.combine(
                        Arbitraries.integers().between(0, 30), Arbitraries.integers().between(1, 3))
                .as((tenths, scale) -> Value.of(BigDecimal.valueOf(tenths, 1).setScale(scale)));
        Arbitrary<Value> booleans = Arbitraries.of(Value.TRUE, Value.FALSE);
        Arbitrary<Value> strings = Arbitraries.of("lpm", "fcfs", "1", "true").map(Value::of);
        return Arbitraries.oneOf(ints, decimals, booleans, strings).list().uniqueElements().ofMinSize(1).ofMaxSize(4);
    }

    /** Exact text, so that order and spelling (1 vs 1.0) count, unlike {@link Value#equals}. */
    private static String render(MergeResult result) {
        return render(result.parameters()) + result.appliedPresets() + result.conflicts().stream()
                .map(c -> c.reason().id() + " " + c.message()).toList();
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
