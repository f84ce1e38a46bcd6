package dev.setpoint.server.studies;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.study.Budget;
import dev.setpoint.core.study.Constraint;
import dev.setpoint.core.study.ConstraintOp;
import dev.setpoint.core.study.Direction;
import dev.setpoint.core.study.Objective;
import dev.setpoint.core.study.StrategyKind;
import dev.setpoint.core.study.StudySpec;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.JobSubmission;
import dev.setpoint.jobs.StudyBudgets;
import dev.setpoint.jobs.StudyService;
import dev.setpoint.jobs.StudySubmission;
import dev.setpoint.server.apply.ApplyRequests;
import dev.setpoint.server.apply.ApplyRequests.ApplyBody;
import dev.setpoint.store.Viewer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the body of {@code POST /api/studies} into a study submission: the template, quality, presets
 * and fixed inputs as {@code POST /api/jobs} reads them, and the specification with its defaults
 * (strategy grid, a drawn seed, the budget of {@link StudyBudgets}). Every problem of the body's shape
 * is reported at once at its pointer; whether the metrics exist and the space has something to tune is
 * the study service's check, which runs before anything is stored.
 */
@Component
class StudyRequests {

    /** Kinds that say the request is wrong, so that they are reported with the specification's own problems. */
    private static final Set<Kind> INPUT = Set.of(Kind.INVALID, Kind.NOT_FOUND, Kind.INCOMPATIBLE, Kind.TOO_LARGE);

    /**
     * @param name shown in lists; optional
     * @param template {@code id} or {@code id@version}
     * @param quality a level, a custom quality preset's slug or id; standard if absent
     * @param presetIds parameter presets merged into the search space, in order
     * @param inputs fixed values; a parameter they set leaves the space
     * @param objectives one or two
     * @param strategy grid (default), random or bayes
     * @param seed the strategy's seed; drawn and recorded when absent
     */
    record StudyBody(
            @Nullable String name,
            @Nullable String template,
            @Nullable Value quality,
            @Nullable List<@Nullable Long> presetIds,
            @Nullable String mergeStrategy,
            @Nullable Map<String, Value> inputs,
            @Nullable List<@Nullable ObjectiveBody> objectives,
            @Nullable List<@Nullable ConstraintBody> constraints,
            @Nullable String strategy,
            @Nullable Long seed,
            @Nullable BudgetBody budget) {}

    record ObjectiveBody(@Nullable String metric, @Nullable String direction) {}

    /** @param hard true (default): a violation fails the trial; false: it costs a penalty */
    record ConstraintBody(
            @Nullable String metric,
            @Nullable String op,
            @Nullable Double value,
            @Nullable Boolean hard,
            @Nullable Double weight,
            @Nullable Double steepness) {}

    record BudgetBody(
            @Nullable Integer maxTrials,
            @Nullable Double maxSeconds,
            @Nullable Integer parallelism) {}

    private final ApplyRequests requests;
    private final RandomGenerator random = RandomGenerator.getDefault();

    StudyRequests(ApplyRequests requests) {
        this.requests = requests;
    }

    /**
     * The submission the body asks for. Every problem of the specification is reported at once, with
     * those of the template, quality and presets; a request whose only problem is, say, a preset it
     * cannot see keeps that problem's kind (NOT_FOUND).
     */
    StudySubmission submission(Viewer viewer, @Nullable StudyBody body) {
        if (body == null) {
            throw SetpointException.invalid("", "a study is an object: {\"template\", \"preset_ids\", \"objectives\"}");
        }
        JobSubmission base = null;
        SetpointException refused = null;
        try {
            base = requests.submission(
                    viewer,
                    new ApplyBody(
                            body.template(), body.quality(), body.presetIds(), body.mergeStrategy(), body.inputs()));
        } catch (SetpointException e) {
            if (!INPUT.contains(e.kind())) {
                throw e;
            }
            refused = e;
        }
        List<Problem> problems = new ArrayList<>();
        List<Objective> objectives = objectives(body.objectives(), problems);
        List<Constraint> constraints = constraints(body.constraints(), problems);
        // Indexes of the study's checks are those of the lists read whole; a list with a bad item is not checked.
        boolean listsRead = problems.isEmpty();
        StrategyKind strategy = strategy(body.strategy(), problems);
        // Without a request there is no grid to size the default by; the budget's own problems are still found.
        int defaultTrials = base == null ? 1 : StudyBudgets.defaultTrials(strategy, base.request());
        Budget budget = budget(body.budget(), defaultTrials, problems);
        long seed = body.seed() != null ? body.seed() : StudySpec.drawSeed(random);
        Value quality =
                body.quality() == null || body.quality() instanceof Value.Null ? Value.of("standard") : body.quality();
        StudySpec spec = listsRead
                ? under(
                        "",
                        () -> new StudySpec(
                                objectives, constraints, strategy, seed, budget == null ? Budget.trials(1) : budget),
                        problems)
                : null;
        if (spec != null && base != null && !problems.isEmpty()) {
            // Refused already: what the study's checks find too, so that every problem is told at once.
            problems.addAll(checked(new StudySubmission(body.name(), base, quality, spec)));
        }
        if (refused != null) {
            if (problems.isEmpty()) {
                throw refused;
            }
            problems.addAll(0, refused.problems());
        }
        SetpointException.throwIfAny(problems);
        return new StudySubmission(body.name(), Objects.requireNonNull(base), quality, Objects.requireNonNull(spec));
    }

    /** The study's checks; a space that cannot be made (no presets to merge) is their problem too. */
    private static List<Problem> checked(StudySubmission submission) {
        try {
            return StudyService.check(submission);
        } catch (SetpointException e) {
            return e.problems();
        }
    }

    private static List<Objective> objectives(@Nullable List<@Nullable ObjectiveBody> given, List<Problem> problems) {
        if (given == null || given.isEmpty() || given.size() > 2) {
            problems.add(new Problem(
                    "/objectives",
                    "a study has one or two objectives, such as [{\"metric\": \"ssim\", \"direction\": "
                            + "\"maximize\"}], not " + (given == null ? "none" : given.size())));
            return List.of();
        }
        List<Objective> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String at = Pointer.of("objectives", String.valueOf(i));
            ObjectiveBody objective = given.get(i);
            if (objective == null) {
                problems.add(new Problem(at, "an objective is an object: {\"metric\", \"direction\"}"));
                continue;
            }
            String metric = metric(objective.metric(), at, problems);
            Direction direction = objective.direction() == null
                    ? missing(at, "direction", "maximize or minimize", problems)
                    : leaf(Pointer.child(at, "direction"), () -> Direction.of(objective.direction()), problems);
            Objective read = metric == null || direction == null
                    ? null
                    : under(at, () -> new Objective(metric, direction), problems);
            if (read != null) {
                out.add(read);
            }
        }
        return out;
    }

    private static List<Constraint> constraints(
            @Nullable List<@Nullable ConstraintBody> given, List<Problem> problems) {
        List<Constraint> out = new ArrayList<>();
        for (int i = 0; given != null && i < given.size(); i++) {
            String at = Pointer.of("constraints", String.valueOf(i));
            ConstraintBody c = given.get(i);
            if (c == null) {
                problems.add(new Problem(at, "a constraint is an object: {\"metric\", \"op\", \"value\"}"));
                continue;
            }
            String metric = metric(c.metric(), at, problems);
            ConstraintOp op = c.op() == null
                    ? missing(at, "op", "one of <=, <, >=, >", problems)
                    : leaf(Pointer.child(at, "op"), () -> ConstraintOp.of(c.op()), problems);
            Double bound = c.value() == null ? missing(at, "value", "the bound, a number", problems) : c.value();
            if (metric != null && op != null && bound != null) {
                Constraint constraint = under(
                        at,
                        () -> new Constraint(
                                metric,
                                op,
                                bound,
                                c.hard() == null || c.hard(),
                                c.weight() == null ? Constraint.DEFAULT_WEIGHT : c.weight(),
                                c.steepness() == null ? Constraint.DEFAULT_STEEPNESS : c.steepness()),
                        problems);
                if (constraint != null) {
                    out.add(constraint);
                }
            }
        }
        return out;
    }

    private static StrategyKind strategy(@Nullable String given, List<Problem> problems) {
        if (given == null) {
            return StrategyKind.GRID;
        }
        StrategyKind kind = leaf("/strategy", () -> StrategyKind.of(given), problems);
        return kind == null ? StrategyKind.GRID : kind;
    }

    private static @Nullable Budget budget(@Nullable BudgetBody budget, int defaultTrials, List<Problem> problems) {
        BudgetBody given = budget == null ? new BudgetBody(null, null, null) : budget;
        Duration maxTime = null;
        if (given.maxSeconds() != null) {
            if (!(given.maxSeconds() > 0)) {
                problems.add(new Problem(
                        "/budget/max_seconds", "max_seconds is a time in seconds above 0, not " + given.maxSeconds()));
                return null;
            }
            maxTime = Duration.ofMillis(Math.round(Math.min(given.maxSeconds(), Long.MAX_VALUE / 2e6) * 1000));
        }
        Duration time = maxTime;
        return under(
                "/budget",
                () -> new Budget(
                        given.maxTrials() == null ? defaultTrials : given.maxTrials(),
                        time,
                        given.parallelism() == null ? 1 : given.parallelism()),
                problems);
    }

    private static @Nullable String metric(@Nullable String metric, String at, List<Problem> problems) {
        if (metric == null || metric.isBlank()) {
            problems.add(new Problem(
                    Pointer.child(at, "metric"), "metric is required: one the template measures, run_seconds or cost"));
            return null;
        }
        return metric;
    }

    private static <T> @Nullable T missing(String at, String member, String what, List<Problem> problems) {
        problems.add(new Problem(Pointer.child(at, member), member + " is required: " + what));
        return null;
    }

    /** What {@code read} makes of one value, or null with its problems at that value's pointer {@code at}. */
    private static <T> @Nullable T leaf(String at, Supplier<T> read, List<Problem> problems) {
        try {
            return read.get();
        } catch (SetpointException e) {
            e.problems().forEach(p -> problems.add(new Problem(at, p.message())));
            return null;
        }
    }

    /**
     * What {@code read} makes of an object, or null with its problems below the object's pointer {@code
     * at}: core names a member ({@code weight} or {@code /weight}), the request's pointer is {@code
     * /constraints/0/weight}.
     */
    private static <T> @Nullable T under(String at, Supplier<T> read, List<Problem> problems) {
        try {
            return read.get();
        } catch (SetpointException e) {
            for (Problem problem : e.problems()) {
                String path = problem.path();
                String member = path.startsWith("/") ? path.substring(1) : path;
                problems.add(new Problem(
                        member.isEmpty() ? at : path.startsWith(at) ? path : at + "/" + member, problem.message()));
            }
            return null;
        }
    }
}
