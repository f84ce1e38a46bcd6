package dev.setpoint.core.format;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.study.Budget;
import dev.setpoint.core.study.Constraint;
import dev.setpoint.core.study.ConstraintOp;
import dev.setpoint.core.study.Direction;
import dev.setpoint.core.study.Objective;
import dev.setpoint.core.study.ParameterEffect;
import dev.setpoint.core.study.ScoredTrial;
import dev.setpoint.core.study.SearchSpace;
import dev.setpoint.core.study.StrategyKind;
import dev.setpoint.core.study.StudyDocument;
import dev.setpoint.core.study.StudyResult;
import dev.setpoint.core.study.StudySpec;
import dev.setpoint.core.study.TrialRecord;
import dev.setpoint.core.study.TrialStatus;
import dev.setpoint.core.study.TrialTable;
import dev.setpoint.core.study.ValueEffect;
import dev.setpoint.core.study.Violation;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A study as {@code GET /api/studies/{id}} answers it and {@code setpoint studies show --json}
 * prints it, and trial tables: the members {@code template}, {@code space} and {@code trials} that
 * a replay needs, which a whole study document also has. Every member is written; one that is not
 * known is {@code null}.
 */
public final class StudyJson {

    private static final BigDecimal MAX_INDEX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private StudyJson() {}

    public static Value.Obj encode(StudyDocument study) {
        StudySpec spec = study.spec();
        StudyResult result = study.result();
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("id", Value.of(study.id()));
        out.put("name", string(study.name()));
        out.put("status", Value.of(study.status().id()));
        out.put("reason", string(study.reason()));
        out.put("created_at", time(study.createdAt()));
        out.put("finished_at", time(study.finishedAt()));
        out.put("template", Value.of(study.template()));
        out.put("quality", study.quality());
        out.put(
                "preset_ids",
                Value.arr(study.presetIds().stream().map(Value::of).toList()));
        out.put("merge_strategy", Value.of(study.mergeStrategy().id()));
        out.put("inputs", new Value.Obj(study.inputs()));
        out.putAll(specMembers(study.space(), spec));
        out.put("warnings", Value.arr(study.warnings().stream().map(Value::of).toList()));
        out.put("progress", progress(study));
        ScoredTrial best = result.best();
        out.put("best", best == null ? Value.NULL : trial(best, study.jobIds(), result.bestSoFar()));
        out.put(
                "pareto_front",
                Value.arr(result.paretoFront().stream().map(Value::of).toList()));
        out.put(
                "effects",
                Value.arr(result.effects().stream().map(StudyJson::effect).toList()));
        out.put(
                "trials",
                Value.arr(result.trials().stream()
                        .map(t -> trial(t, study.jobIds(), result.bestSoFar()))
                        .toList()));
        return new Value.Obj(out);
    }

    /**
     * What a study explores and how, as the study document's members in its order: {@code space},
     * {@code grid_size}, {@code objectives}, {@code constraints}, {@code strategy}, {@code seed} and
     * {@code budget}. {@link #space} and {@link #spec} read them back.
     */
    public static Map<String, Value> specMembers(SearchSpace space, StudySpec spec) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("space", space(space));
        out.put("grid_size", Value.of(new BigDecimal(space.gridSize())));
        out.put(
                "objectives",
                Value.arr(spec.objectives().stream().map(StudyJson::objective).toList()));
        out.put(
                "constraints",
                Value.arr(spec.constraints().stream().map(StudyJson::constraint).toList()));
        out.put("strategy", Value.of(spec.strategy().id()));
        out.put("seed", Value.of(spec.seed()));
        out.put("budget", budget(spec.budget()));
        return out;
    }

    /** The {@code space} member of a study document or trial table, in its order. */
    public static SearchSpace space(Value.Obj study) {
        Value.Obj space = object(member(study, "space", ""), Pointer.of("space"));
        Map<String, List<Value>> parameters = new LinkedHashMap<>();
        space.members()
                .forEach((name, candidates) -> parameters.put(name, array(candidates, Pointer.of("space", name))));
        return new SearchSpace(parameters);
    }

    /** The objectives, constraints, strategy, seed and budget of a study document, as {@link #specMembers} wrote them. */
    public static StudySpec spec(Value.Obj study) {
        return new StudySpec(
                array(member(study, "objectives", ""), Pointer.of("objectives")).stream()
                        .map(o -> objective(object(o, Pointer.of("objectives"))))
                        .toList(),
                array(member(study, "constraints", ""), Pointer.of("constraints")).stream()
                        .map(c -> constraint(object(c, Pointer.of("constraints"))))
                        .toList(),
                StrategyKind.of(text(study, "strategy", "")),
                integer(member(study, "seed", ""), Pointer.of("seed")).longValueExact(),
                budget(object(member(study, "budget", ""), Pointer.of("budget"))));
    }

    private static Objective objective(Value.Obj objective) {
        return new Objective(
                text(objective, "metric", Pointer.of("objectives")),
                Direction.of(text(objective, "direction", Pointer.of("objectives"))));
    }

    private static Constraint constraint(Value.Obj c) {
        String path = Pointer.of("constraints");
        return new Constraint(
                text(c, "metric", path),
                ConstraintOp.of(text(c, "op", path)),
                figure(member(c, "value", path), path),
                member(c, "hard", path) instanceof Value.Bool hard && hard.value(),
                figure(member(c, "weight", path), path),
                figure(member(c, "steepness", path), path));
    }

    private static Budget budget(Value.Obj budget) {
        String path = Pointer.of("budget");
        Value maxSeconds = budget.members().getOrDefault("max_seconds", Value.NULL);
        Duration maxTime = maxSeconds instanceof Value.Null
                ? null
                : Duration.ofMillis(Math.round(figure(maxSeconds, path) * 1000));
        return new Budget(
                integer(member(budget, "max_trials", path), path).intValueExact(),
                maxTime,
                integer(member(budget, "parallelism", path), path).intValueExact());
    }

    private static BigDecimal integer(Value value, String path) {
        if (value instanceof Value.Num n && n.isIntegral()) {
            return n.value();
        }
        throw SetpointException.invalid(path, "must be an integer");
    }

    /** A trial table: {@code {"template", "space", "trials": [{"index", "point", "status", ...}]}}. */
    public static Value.Obj encode(TrialTable table) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("template", Value.of(table.template()));
        out.put("space", space(table.space()));
        out.put(
                "trials",
                Value.arr(table.trials().stream().map(StudyJson::record).toList()));
        return new Value.Obj(out);
    }

    /**
     * Reads a trial table, or the same members of a study document. A member missing or of the wrong
     * type is {@link SetpointException.Kind#INVALID} at its pointer.
     */
    public static TrialTable trialTable(Value value) {
        Value.Obj table = object(value, "");
        String template = text(table, "template", "");
        SearchSpace space = space(table);
        List<Value> items = array(member(table, "trials", ""), Pointer.of("trials"));
        List<TrialRecord> trials = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            trials.add(readTrial(items.get(i), Pointer.of("trials", String.valueOf(i))));
        }
        return new TrialTable(template, space, trials);
    }

    private static TrialRecord readTrial(Value value, String path) {
        Value.Obj trial = object(value, path);
        Value index = member(trial, "index", path);
        if (!(index instanceof Value.Num n
                && n.isIntegral()
                && n.value().signum() >= 0
                && n.value().compareTo(MAX_INDEX) <= 0)) {
            throw SetpointException.invalid(Pointer.child(path, "index"), "index must be an integer from 0");
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        object(member(trial, "metrics", path), Pointer.child(path, "metrics"))
                .members()
                .forEach((name, v) -> metrics.put(name, figure(v, Pointer.child(path, "metrics", name))));
        String statusPath = Pointer.child(path, "status");
        TrialStatus status;
        try {
            status = TrialStatus.of(text(trial, "status", path));
        } catch (SetpointException e) {
            throw SetpointException.invalid(statusPath, e.problems().get(0).message());
        }
        return new TrialRecord(
                ((Value.Num) index).value().intValueExact(),
                object(member(trial, "point", path), Pointer.child(path, "point"))
                        .members(),
                status,
                optionalText(trial, "reason", path),
                optionalFigure(trial, "run_seconds", path),
                optionalFigure(trial, "cost", path),
                metrics);
    }

    private static Value record(TrialRecord trial) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("index", Value.of(trial.index()));
        out.put("point", new Value.Obj(trial.point()));
        out.put("status", Value.of(trial.status().id()));
        out.put("reason", string(trial.reason()));
        out.put("run_seconds", number(trial.runSeconds()));
        out.put("cost", number(trial.cost()));
        out.put("metrics", numbers(trial.metrics()));
        return new Value.Obj(out);
    }

    private static Value trial(ScoredTrial scored, Map<Integer, String> jobIds, Map<Integer, Double> bestSoFar) {
        TrialRecord trial = scored.trial();
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("index", Value.of(trial.index()));
        out.put("point", new Value.Obj(trial.point()));
        out.put("job_id", string(jobIds.get(trial.index())));
        out.put("status", Value.of(scored.status().id()));
        out.put("reason", string(scored.reason()));
        out.put("run_seconds", number(trial.runSeconds()));
        out.put("cost", number(trial.cost()));
        out.put("metrics", numbers(trial.metrics()));
        out.put(
                "objectives",
                Value.arr(scored.objectives().stream().map(Value::of).toList()));
        out.put("penalty", Value.of(scored.penalty()));
        List<Double> scores = scored.scores();
        out.put(
                "scores",
                scores == null
                        ? Value.NULL
                        : Value.arr(scores.stream().map(Value::of).toList()));
        out.put(
                "violations",
                Value.arr(scored.violations().stream().map(StudyJson::violation).toList()));
        out.put("best_so_far", number(bestSoFar.get(trial.index())));
        return new Value.Obj(out);
    }

    private static Value violation(Violation violation) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("constraint", Value.of(violation.constraint().text()));
        out.put("value", Value.of(violation.value()));
        out.put("hard", Value.of(violation.hard()));
        out.put("penalty", Value.of(violation.penalty()));
        return new Value.Obj(out);
    }

    private static Value progress(StudyDocument study) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("trials", Value.of(study.result().trials().size()));
        for (TrialStatus status : TrialStatus.values()) {
            out.put(status.id(), Value.of(study.count(status)));
        }
        out.put("max_trials", Value.of(study.spec().budget().maxTrials()));
        out.put("elapsed_seconds", Value.of(study.elapsedSeconds()));
        return new Value.Obj(out);
    }

    private static Value effect(ParameterEffect effect) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("parameter", Value.of(effect.parameter()));
        out.put("range", Value.of(effect.range()));
        out.put(
                "values",
                Value.arr(effect.values().stream().map(StudyJson::valueEffect).toList()));
        return new Value.Obj(out);
    }

    private static Value valueEffect(ValueEffect effect) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("value", effect.value());
        out.put("mean", number(effect.mean()));
        out.put("trials", Value.of(effect.trials()));
        return new Value.Obj(out);
    }

    private static Value objective(Objective objective) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("metric", Value.of(objective.metric()));
        out.put("direction", Value.of(objective.direction().id()));
        return new Value.Obj(out);
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

    private static Value budget(Budget budget) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("max_trials", Value.of(budget.maxTrials()));
        Duration maxTime = budget.maxTime();
        out.put("max_seconds", maxTime == null ? Value.NULL : seconds(maxTime));
        out.put("parallelism", Value.of(budget.parallelism()));
        return new Value.Obj(out);
    }

    /** Whole seconds as an integer, else with their milliseconds. */
    private static Value seconds(Duration duration) {
        return duration.toMillisPart() == 0 ? Value.of(duration.toSeconds()) : Value.of(duration.toMillis() / 1000.0);
    }

    private static Value space(SearchSpace space) {
        Map<String, Value> out = new LinkedHashMap<>();
        space.parameters().forEach((name, values) -> out.put(name, Value.arr(values)));
        return new Value.Obj(out);
    }

    private static Value numbers(Map<String, Double> figures) {
        Map<String, Value> out = new LinkedHashMap<>();
        figures.forEach((name, figure) -> out.put(name, Value.of(figure)));
        return new Value.Obj(out);
    }

    private static Value number(@Nullable Double n) {
        return n == null ? Value.NULL : Value.of(n.doubleValue());
    }

    private static Value string(@Nullable String s) {
        return s == null ? Value.NULL : Value.of(s);
    }

    private static Value time(@Nullable Instant instant) {
        return instant == null ? Value.NULL : Value.of(instant.toString());
    }

    private static Value member(Value.Obj object, String name, String path) {
        Value value = object.members().get(name);
        if (value == null) {
            throw SetpointException.invalid(Pointer.child(path, name), name + " is missing");
        }
        return value;
    }

    private static Value.Obj object(Value value, String path) {
        if (value instanceof Value.Obj object) {
            return object;
        }
        throw SetpointException.invalid(path, "must be an object, not " + value.typeName());
    }

    private static List<Value> array(Value value, String path) {
        if (value instanceof Value.Arr array) {
            return array.items();
        }
        throw SetpointException.invalid(path, "must be an array, not " + value.typeName());
    }

    private static String text(Value.Obj object, String name, String path) {
        if (member(object, name, path) instanceof Value.Str s) {
            return s.value();
        }
        throw SetpointException.invalid(Pointer.child(path, name), name + " must be a string");
    }

    private static @Nullable String optionalText(Value.Obj object, String name, String path) {
        Value value = object.members().getOrDefault(name, Value.NULL);
        return value instanceof Value.Null ? null : text(object, name, path);
    }

    private static @Nullable Double optionalFigure(Value.Obj object, String name, String path) {
        Value value = object.members().getOrDefault(name, Value.NULL);
        return value instanceof Value.Null ? null : figure(value, Pointer.child(path, name));
    }

    private static double figure(Value value, String path) {
        if (value instanceof Value.Num n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw SetpointException.invalid(path, "must be a number within a double's range");
    }
}
