package dev.setpoint.cli.studies;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.DataDirOption;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.apply.Inputs;
import dev.setpoint.cli.apply.RequestOptions;
import dev.setpoint.cli.apply.ServerResolution;
import dev.setpoint.cli.jobs.DataDirectory;
import dev.setpoint.cli.jobs.MetricUnits;
import dev.setpoint.cli.jobs.OnInterrupt;
import dev.setpoint.cli.presets.ServerPresets;
import dev.setpoint.cli.presets.StrategyConverter;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.study.Budget;
import dev.setpoint.core.study.Constraint;
import dev.setpoint.core.study.Objective;
import dev.setpoint.core.study.StrategyKind;
import dev.setpoint.core.study.StudySpec;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.JobSubmission;
import dev.setpoint.jobs.StudyBudgets;
import dev.setpoint.jobs.StudyService;
import dev.setpoint.jobs.StudySubmission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code setpoint tune}: a study of a template's search space (the parameter presets merged), scored
 * against objectives and constraints. Prints the warnings first, then a line per trial as it ends,
 * then the best trial or the Pareto front.
 */
@Command(
        name = "tune",
        mixinStandardHelpOptions = true,
        description = {
            "Run a tuning study: the --preset parameter presets merged into a search space, each point a job, "
                    + "scored by --objective and --constraint. Prints a line per trial as it ends, then the best.",
            "Against a server (--server, $SETPOINT_SERVER) the study runs there; without one it runs here on the "
                    + "embedded database of the data directory, and Ctrl-C cancels it."
        })
public final class TuneCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    RequestOptions request;

    @Mixin
    StudyOptions study;

    @Option(
            names = "--merge-strategy",
            paramLabel = "S",
            defaultValue = "union",
            converter = StrategyConverter.class,
            description = "How the presets merge into the space: union (default), intersection or last_wins.")
    MergeStrategy mergeStrategy;

    @Option(
            names = "--inputs",
            paramLabel = "JSON|@FILE",
            description = "Fixed inputs as a JSON object, inline or in a file; a parameter they set is not tuned.")
    @Nullable
    String inputs;

    @Option(
            names = "--input",
            paramLabel = "NAME=VALUE",
            description = "One fixed input (a JSON value, else text: --input steps=4 --input prompt=a fox); "
                    + "repeatable, after --inputs.")
    List<String> input = new ArrayList<>();

    @Option(names = "--name", paramLabel = "NAME", description = "The study's name, shown in lists.")
    @Nullable
    String name;

    @Mixin
    JsonOption output;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    ServerOption server;

    public TuneCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        List<Problem> problems = new ArrayList<>();
        Map<String, Value> fixed = fixedInputs(problems);
        List<Objective> objectives = study.objectives(problems);
        List<Constraint> constraints = study.constraints(problems);
        StrategyKind strategy = study.strategy(problems);
        SetpointException.throwIfAny(problems);
        var remote = server.server(context);
        try {
            Value.Obj done = remote.isPresent()
                    ? remote(remote.get(), fixed, study.body(objectives, constraints, strategy))
                    : local(fixed, objectives, constraints, strategy);
            return StudyReport.exitCode(done);
        } catch (SetpointException e) {
            throw OptionProblems.atOptions(e, study.objectives, study.constraints);
        }
    }

    // The interrupt hook is the resource: it is held while waiting, never referenced (javac's [try] lint).
    @SuppressWarnings("try")
    private Value.Obj remote(Server remote, Map<String, Value> fixed, Map<String, Value> spec) {
        Map<String, Value> body = new LinkedHashMap<>();
        if (name != null) {
            body.put("name", Value.of(name));
        }
        body.putAll(new ServerResolution(remote, new ServerPresets(context, remote)).body(request));
        body.put("merge_strategy", Value.of(mergeStrategy.id()));
        body.put("inputs", new Value.Obj(fixed));
        body.putAll(spec);
        Value.Obj created = ServerJson.object(
                remote.post("/api/studies", new Value.Obj(body)).body());
        StudyReport report = report(MetricUnits.of(remote));
        report.started(created);
        String id = ServerJson.text(created, "id");
        Value.Obj done;
        try (OnInterrupt left = OnInterrupt.run(() -> context.err()
                .println("\nsetpoint: study " + id + " goes on at " + remote.url() + " ('setpoint studies show " + id
                        + "' reads it, 'setpoint studies cancel " + id + "' stops it)"))) {
            done = RemoteStudies.follow(remote, id, report::progress);
        }
        report.finished(done);
        return done;
    }

    // The interrupt hook is the resource: it is held while waiting, never referenced (javac's [try] lint).
    @SuppressWarnings("try")
    private Value.Obj local(
            Map<String, Value> fixed, List<Objective> objectives, List<Constraint> constraints, StrategyKind strategy)
            throws InterruptedException {
        RequestOptions.Selection selection = request.select(context);
        JobSubmission base =
                new JobSubmission(selection.request(mergeStrategy, fixed), List.of(), List.of(), new Value.Obj(fixed));
        List<Problem> problems = new ArrayList<>();
        Budget budget = budget(strategy, base, problems);
        long seed = study.seed != null ? study.seed : StudySpec.drawSeed(RandomGenerator.getDefault());
        StudySubmission submission = new StudySubmission(
                name,
                base,
                Value.of(selection.quality().preset().id()),
                new StudySpec(objectives, constraints, strategy, seed, budget == null ? Budget.trials(1) : budget));
        problems.addAll(StudyService.check(submission));
        SetpointException.throwIfAny(problems);
        LocalStudies studies = new LocalStudies(context, DataDirectory.of(context, dataDir), request.registry(context));
        StudyReport report = report(MetricUnits.of(request.registry(context)));
        Value.Obj done = studies.run(submission, selection, report);
        report.finished(done);
        return done;
    }

    /** The budget the options ask for; null, with its problems, when they ask for one out of bounds. */
    private @Nullable Budget budget(StrategyKind strategy, JobSubmission base, List<Problem> problems) {
        try {
            return new Budget(
                    study.trials != null ? study.trials : StudyBudgets.defaultTrials(strategy, base.request()),
                    study.maxTime,
                    study.parallel != null ? study.parallel : Budget.DEFAULT_PARALLELISM);
        } catch (SetpointException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private StudyReport report(MetricUnits units) {
        return new StudyReport(context, units, output.json());
    }

    /** {@code --inputs}, then each {@code --input}; a bad one a problem at {@code --input}. */
    private Map<String, Value> fixedInputs(List<Problem> problems) {
        Map<String, Value> fixed = new LinkedHashMap<>(Inputs.parse(context, inputs));
        for (String pair : input) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                problems.add(new Problem("--input", "'" + pair + "' is not NAME=VALUE, such as steps=4"));
                continue;
            }
            fixed.put(pair.substring(0, equals), value(pair.substring(equals + 1)));
        }
        return fixed;
    }

    /** A JSON value as written ({@code 4}, {@code true}, {@code "x"}), else the text itself. */
    private static Value value(String text) {
        try {
            return Json.parse(text);
        } catch (SetpointException e) {
            return Value.of(text);
        }
    }
}
