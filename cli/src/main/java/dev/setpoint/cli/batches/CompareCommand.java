package dev.setpoint.cli.batches;

import dev.setpoint.cli.CommandFailure;
import dev.setpoint.cli.Context;
import dev.setpoint.cli.DataDirOption;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.jobs.DataDirectory;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.cli.templates.TemplateOption;
import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.estimate.Estimator;
import dev.setpoint.core.format.ComparisonJson;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.BuiltinLevels;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.BatchSubmission;
import dev.setpoint.jobs.Comparisons;
import dev.setpoint.jobs.JobSubmission;
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
 * {@code setpoint compare}: one template's inputs at several quality levels with one seed, then the
 * analysis table (run time, ratio to standard, cost, each metric and its gain per extra second) and
 * where every output is.
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Run the same inputs at several quality levels with one seed and compare them: run time, time against "
                    + "standard, cost, every metric the template measures and what it gained per extra second.",
            "Against a server (--server, $SETPOINT_SERVER) it runs there; without one here, on the embedded database."
        })
public final class CompareCommand implements Callable<Integer> {

    private final Context context;

    @Option(names = "--template", required = true, paramLabel = "T", description = "A template id or id@version.")
    String template;

    @Option(names = "--inputs", paramLabel = "JSON", description = "The inputs, a JSON object (default {}).")
    String inputs = "{}";

    @Option(
            names = "--levels",
            split = ",",
            paramLabel = "LEVEL",
            description = "Levels in order, comma separated (default: draft,standard,high,ultra).")
    List<String> levels = new ArrayList<>();

    @Option(
            names = "--quality-presets",
            split = ",",
            paramLabel = "ID",
            description = "Custom quality presets by id or slug, after the levels (with a server).")
    List<String> qualityPresets = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "The seed of every level (default: drawn once).")
    @Nullable
    Long seed;

    @Mixin
    JsonOption output;

    @Mixin
    TemplateOption templates;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    ServerOption server;

    public CompareCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        Value given = parsedInputs();
        var remote = server.server(context);
        Value.Obj comparison = remote.isPresent() ? remote(remote.get(), given) : local((Value.Obj) given);
        if (output.json()) {
            context.printJson(comparison);
        } else {
            new ComparisonReport(context)
                    .print(comparison, remote.map(Server::url).orElse(""));
        }
        boolean allSucceeded = ((Value.Obj) comparison.members().get("results"))
                .members().values().stream()
                        .allMatch(r -> BatchReport.text((Value.Obj) r, "status").equals("succeeded"));
        return allSucceeded ? ExitCodes.OK : ExitCodes.JOB_FAILED;
    }

    private Value parsedInputs() {
        Value given;
        try {
            given = Json.parse(inputs);
        } catch (SetpointException e) {
            throw new SetpointException(
                    e.kind(),
                    e.problems().stream()
                            .map(p -> new Problem("--inputs", p.message()))
                            .toList());
        }
        if (!(given instanceof Value.Obj)) {
            throw SetpointException.invalid(
                    "--inputs", "the inputs are a JSON object, such as {\"prompt\": \"a fox\"}");
        }
        return given;
    }

    private Value.Obj remote(Server remote, Value given) {
        Map<String, Value> body = new LinkedHashMap<>();
        body.put("template", Value.of(template));
        body.put("inputs", given);
        if (!levels.isEmpty()) {
            body.put("levels", Value.arr(levels.stream().map(Value::of).toList()));
        }
        if (!qualityPresets.isEmpty()) {
            body.put(
                    "quality_presets",
                    Value.arr(qualityPresets.stream()
                            .map(p -> p.matches("[0-9]+") ? (Value) Value.of(Long.parseLong(p)) : Value.of(p))
                            .toList()));
        }
        if (seed != null) {
            body.put("seed", Value.of(seed));
        }
        String id = BatchReport.text(
                (Value.Obj) remote.post("/api/comparisons", new Value.Obj(body)).body(), "comparison_id");
        remote.stream("/api/batches/" + id + "/events", line -> {});
        return (Value.Obj) remote.get("/api/comparisons/" + id).body();
    }

    private Value.Obj local(Value.Obj given) throws InterruptedException {
        if (!qualityPresets.isEmpty()) {
            throw new CommandFailure(
                    ExitCodes.USAGE,
                    "--quality-presets needs a server (--server or $SETPOINT_SERVER); offline, use --levels");
        }
        TemplateRegistry registry = templates.registry(context);
        Template chosen = registry.resolve(template);
        Map<String, Value> seeded = Comparisons.seeded(chosen, given.members(), seed, RandomGenerator.getDefault());
        List<String> asked = levels.isEmpty()
                ? BuiltinLevels.ALL.stream().map(QualityPreset::id).toList()
                : levels;
        LocalBatches batches = new LocalBatches(context, DataDirectory.of(context, dataDir), registry);
        List<Problem> problems = new ArrayList<>();
        List<JobSubmission> items = new ArrayList<>();
        Map<String, Double> costs = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            Map<String, Value> item = new LinkedHashMap<>();
            item.put("template", Value.of(chosen.ref()));
            item.put("quality", Value.of(asked.get(i)));
            item.put("inputs", new Value.Obj(seeded));
            JobSubmission submission =
                    batches.item(Pointer.of("levels", String.valueOf(i)), new Value.Obj(item), problems);
            if (submission != null
                    && costs.put(
                                    asked.get(i),
                                    Estimator.cost(chosen, submission.request().quality(), 1))
                            == null) {
                items.add(submission);
            } else if (submission != null) {
                problems.add(new Problem("--levels", asked.get(i) + " is asked for more than once"));
            }
        }
        SetpointException.throwIfAny(problems.stream()
                .map(p -> p.path().startsWith("/levels") ? new Problem("--levels", p.message()) : p)
                .toList());
        Value.Obj spec =
                Comparisons.spec(chosen.ref(), new Value.Obj(seeded), Comparisons.seedOf(chosen, seeded), costs);
        return batches.run(
                new BatchSubmission(null, "comparison", spec, items),
                document -> {},
                (batch, jobs) -> ComparisonJson.encode(Comparisons.of(
                        batch,
                        jobs,
                        registry,
                        (job, name) -> batches.outputFile(job.id().toString(), name))));
    }
}
