package dev.setpoint.jobs;

import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.study.Budget;
import dev.setpoint.core.study.Constraint;
import dev.setpoint.core.study.ConstraintOp;
import dev.setpoint.core.study.Direction;
import dev.setpoint.core.study.Objective;
import dev.setpoint.core.study.SearchSpace;
import dev.setpoint.core.study.StrategyKind;
import dev.setpoint.core.study.StudySpec;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.PresetRevision;
import java.math.BigDecimal;
import java.time.Duration;
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
        Map<String, Value> space = new LinkedHashMap<>();
        this.space.parameters().forEach((name, values) -> space.put(name, Value.arr(values)));
        out.put("space", new Value.Obj(space));
        out.put("grid_size", Value.of(new BigDecimal(this.space.gridSize())));
        out.put(
                "objectives",
                Value.arr(spec.objectives().stream().map(StoredStudy::objective).toList()));
        out.put(
                "constraints",
                Value.arr(
                        spec.constraints().stream().map(StoredStudy::constraint).toList()));
        out.put("strategy", Value.of(spec.strategy().id()));
        out.put("seed", Value.of(spec.seed()));
        out.put("budget", budget(spec.budget()));
        out.put("warnings", Value.arr(warnings.stream().map(Value::of).toList()));
        out.put("cost_per_second", Value.of(costPerSecond));
        return new Value.Obj(out);
    }

    static StoredStudy of(Value.Obj json) {
        Map<String, Value> m = json.members();
        Map<String, List<Value>> space = new LinkedHashMap<>();
        obj(m.get("space")).forEach((name, values) -> space.put(name, ((Value.Arr) values).items()));
        StudySpec spec = new StudySpec(
                arr(m.get("objectives")).stream().map(StoredStudy::objective).toList(),
                arr(m.get("constraints")).stream().map(StoredStudy::constraint).toList(),
                StrategyKind.of(text(m.get("strategy"))),
                number(m.get("seed")).longValueExact(),
                budget(obj(m.get("budget"))));
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
                new SearchSpace(space),
                spec,
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

    private static Value objective(Objective objective) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("metric", Value.of(objective.metric()));
        out.put("direction", Value.of(objective.direction().id()));
        return new Value.Obj(out);
    }

    private static Objective objective(Value json) {
        Map<String, Value> m = obj(json);
        return new Objective(text(m.get("metric")), Direction.of(text(m.get("direction"))));
    }

    private static Value constraint(Constraint constraint) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("metric", Value.of(constraint.metric()));
        out.put("op", Value.of(constraint.op().symbol()));
        out.put("value", Value.of(constraint.bound()));
        out.put("hard", Value.of(constraint.hard()));
        out.put("weight", Value.of(constraint.weight()));
        out.put("steepness", Value.of(constraint.steepness()));
        return new Value.Obj(out);
    }

    private static Constraint constraint(Value json) {
        Map<String, Value> m = obj(json);
        return new Constraint(
                text(m.get("metric")),
                ConstraintOp.of(text(m.get("op"))),
                number(m.get("value")).doubleValue(),
                ((Value.Bool) m.get("hard")).value(),
                number(m.get("weight")).doubleValue(),
                number(m.get("steepness")).doubleValue());
    }

    private static Value budget(Budget budget) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("max_trials", Value.of(budget.maxTrials()));
        Duration maxTime = budget.maxTime();
        out.put("max_seconds", maxTime == null ? Value.NULL : Value.of(maxTime.toMillis() / 1000.0));
        out.put("parallelism", Value.of(budget.parallelism()));
        return new Value.Obj(out);
    }

    private static Budget budget(Map<String, Value> m) {
        Value maxSeconds = m.get("max_seconds");
        Duration maxTime = maxSeconds instanceof Value.Num seconds
                ? Duration.ofMillis(Math.round(seconds.value().doubleValue() * 1000))
                : null;
        return new Budget(
                number(m.get("max_trials")).intValueExact(),
                maxTime,
                number(m.get("parallelism")).intValueExact());
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
