package dev.setpoint.jobs;

import dev.setpoint.core.format.StudyJson;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.study.SearchSpace;
import dev.setpoint.core.study.StudySpec;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.PresetRevision;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a study runs, as its record keeps it (the store's {@code spec}) and reads it back to resume:
 * the request normalised (the template pinned to its version, the quality as the client named it,
 * the presets at their revisions), the space in its order, the warnings it started with, and what a
 * second of its trials costs. Members are snake_case, as in the study document.
 *
 * @param costPerSecond what one second of a trial costs at the study's quality
 */
record StoredStudy(
        String templateRef,
        Value quality,
        List<Long> presetIds,
        List<PresetRevision> revisions,
        MergeStrategy mergeStrategy,
        Map<String, Value> inputs,
        SearchSpace space,
        StudySpec spec,
        List<String> warnings,
        double costPerSecond) {

    StoredStudy {
        Objects.requireNonNull(templateRef, "templateRef");
        Objects.requireNonNull(quality, "quality");
        presetIds = List.copyOf(presetIds);
        revisions = List.copyOf(revisions);
        Objects.requireNonNull(mergeStrategy, "mergeStrategy");
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(spec, "spec");
        warnings = List.copyOf(warnings);
    }

    Value.Obj toJson() {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("template", Value.of(templateRef));
        out.put("quality", quality);
        out.put("preset_ids", Value.arr(presetIds.stream().map(Value::of).toList()));
        out.put(
                "preset_revisions",
                Value.arr(revisions.stream().map(StoredStudy::revision).toList()));
        out.put("merge_strategy", Value.of(mergeStrategy.id()));
        out.put("inputs", new Value.Obj(inputs));
        out.putAll(StudyJson.specMembers(space, spec));
        out.put("warnings", Value.arr(warnings.stream().map(Value::of).toList()));
        out.put("cost_per_second", Value.of(costPerSecond));
        return new Value.Obj(out);
    }

    static StoredStudy of(Value.Obj json) {
        Map<String, Value> m = json.members();
        return new StoredStudy(
                text(m.get("template")),
                m.get("quality"),
                arr(m.get("preset_ids")).stream()
                        .map(id -> number(id).longValueExact())
                        .toList(),
                arr(m.get("preset_revisions")).stream()
                        .map(StoredStudy::revision)
                        .toList(),
                MergeStrategy.of(text(m.get("merge_strategy"))),
                obj(m.get("inputs")),
                StudyJson.space(json),
                StudyJson.spec(json),
                arr(m.get("warnings")).stream().map(StoredStudy::text).toList(),
                number(m.get("cost_per_second")).doubleValue());
    }

    private static Value revision(PresetRevision revision) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("id", Value.of(revision.id()));
        out.put("slug", Value.of(revision.slug()));
        out.put("revision", Value.of(revision.revision()));
        return new Value.Obj(out);
    }

    private static PresetRevision revision(Value json) {
        Map<String, Value> m = obj(json);
        return new PresetRevision(
                number(m.get("id")).longValueExact(),
                text(m.get("slug")),
                number(m.get("revision")).longValueExact());
    }

    private static Map<String, Value> obj(@Nullable Value json) {
        return ((Value.Obj) Objects.requireNonNull(json, "member")).members();
    }

    private static List<Value> arr(@Nullable Value json) {
        return ((Value.Arr) Objects.requireNonNull(json, "member")).items();
    }

    private static String text(@Nullable Value json) {
        return ((Value.Str) Objects.requireNonNull(json, "member")).value();
    }

    private static BigDecimal number(@Nullable Value json) {
        return ((Value.Num) Objects.requireNonNull(json, "member")).value();
    }
}
