package dev.setpoint.cli.studies;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.study.Constraint;
import dev.setpoint.core.study.Objective;
import dev.setpoint.core.study.StrategyKind;
import dev.setpoint.core.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** What {@code tune} asks of a study beyond the request: objectives, constraints, the strategy and the budget. */
final class StudyOptions {

    @Option(
            names = "--objective",
            paramLabel = "\"max M\"",
            required = true,
            description = {
                "What to optimise: \"max ssim\", \"min run_seconds\" (maximize/minimize spelled out too). A metric "
                        + "the template measures, run_seconds or cost.",
                "Give two for a Pareto front."
            })
    List<String> objectives = new ArrayList<>();

    @Option(
            names = "--constraint",
            paramLabel = "\"M OP X\"",
            description = {
                "A limit on a metric: \"run_seconds <= 2\" fails a trial that breaks it; \"run_seconds <= 2 soft\" "
                        + "only penalises it (weight=W steepness=S after soft change how much). Repeatable."
            })
    List<String> constraints = new ArrayList<>();

    @Option(
            names = "--strategy",
            paramLabel = "S",
            description = "grid (default: every point), random (seeded) or bayes (TPE).")
    @Nullable
    String strategy;

    @Option(
            names = "--trials",
            paramLabel = "N",
            description = "At most N trials (default: the whole grid; 20 for random and bayes).")
    @Nullable
    Integer trials;

    @Option(
            names = "--max-time",
            paramLabel = "T",
            converter = MaxTimeConverter.class,
            description = "Stop starting trials after T (90s, 10m, 1h30m); unfinished ones are cancelled.")
    @Nullable
    Duration maxTime;

    @Option(
            names = "--parallel",
            paramLabel = "N",
            description = "Trials run at once (default 1: parallel trials disturb each other's timings).")
    @Nullable
    Integer parallel;

    @Option(names = "--seed", paramLabel = "N", description = "The strategy's seed (default: drawn and recorded).")
    @Nullable
    Long seed;

    /** The objectives as core reads them; every bad one a problem at {@code --objective}. */
    List<Objective> objectives(List<Problem> problems) {
        return parsed("--objective", objectives, Objective::parse, problems);
    }

    List<Constraint> constraints(List<Problem> problems) {
        return parsed("--constraint", constraints, Constraint::parse, problems);
    }

    /** The strategy, grid unless given; a bad one a problem at {@code --strategy}. */
    StrategyKind strategy(List<Problem> problems) {
        List<StrategyKind> kind =
                parsed("--strategy", strategy == null ? List.of() : List.of(strategy), StrategyKind::of, problems);
        return kind.isEmpty() ? StrategyKind.GRID : kind.get(0);
    }

    /**
     * The members of {@code POST /api/studies} these options set (absent ones are the server's
     * defaults), from what {@link #objectives}, {@link #constraints} and {@link #strategy} read.
     */
    Map<String, Value> body(List<Objective> objectives, List<Constraint> constraints, StrategyKind kind) {
        Map<String, Value> body = new LinkedHashMap<>();
        body.put(
                "objectives",
                Value.arr(objectives.stream().map(StudyOptions::json).toList()));
        body.put(
                "constraints",
                Value.arr(constraints.stream().map(StudyOptions::json).toList()));
        body.put("strategy", Value.of(kind.id()));
        if (seed != null) {
            body.put("seed", Value.of(seed));
        }
        Map<String, Value> budget = new LinkedHashMap<>();
        if (trials != null) {
            budget.put("max_trials", Value.of(trials));
        }
        if (maxTime != null) {
            budget.put("max_seconds", Value.of(maxTime.toMillis() / 1000.0));
        }
        if (parallel != null) {
            budget.put("parallelism", Value.of(parallel));
        }
        body.put("budget", new Value.Obj(budget));
        return body;
    }

    private static Value json(Objective objective) {
        return obj(
                "metric",
                Value.of(objective.metric()),
                "direction",
                Value.of(objective.direction().id()));
    }

    private static Value json(Constraint c) {
        return obj(
                "metric", Value.of(c.metric()),
                "op", Value.of(c.op().symbol()),
                "value", Value.of(c.bound()),
                "hard", Value.of(c.hard()),
                "weight", Value.of(c.weight()),
                "steepness", Value.of(c.steepness()));
    }

    private static Value obj(Object... nameThenValue) {
        Map<String, Value> members = new LinkedHashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            members.put((String) nameThenValue[i], (Value) nameThenValue[i + 1]);
        }
        return new Value.Obj(members);
    }

    private static <T> List<T> parsed(
            String option, List<String> texts, Function<String, T> parse, List<Problem> problems) {
        List<T> out = new ArrayList<>();
        for (String text : texts) {
            try {
                out.add(parse.apply(text));
            } catch (SetpointException e) {
                e.problems().forEach(p -> problems.add(new Problem(option, "'" + text + "': " + p.message())));
            }
        }
        return out;
    }
}
