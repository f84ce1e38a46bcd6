package dev.setpoint.cli.batches;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.DataDirOption;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.InputFiles;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.jobs.DataDirectory;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.cli.templates.TemplateOption;
import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.BatchJson;
import dev.setpoint.jobs.BatchSubmission;
import dev.setpoint.jobs.JobEvent;
import dev.setpoint.jobs.JobSubmission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code setpoint batch FILE}: submits the items of a YAML or JSON file (the body of {@code POST
 * /api/batches}) as one batch, prints a line as each item ends and a table at the end.
 */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description = {
            "Run many jobs at once from a YAML or JSON file: {name?, items: [{template, quality, preset_ids?, "
                    + "merge_strategy?, inputs}]}. Every item is checked first; one bad item runs none.",
            "Prints a line as each item ends, then a table. Against a server (--server, $SETPOINT_SERVER) the "
                    + "batch runs there; without one it runs here on the embedded database (built-in levels only)."
        })
public final class BatchCommand implements Callable<Integer> {

    private final Context context;

    @Parameters(paramLabel = "FILE", description = "The batch: YAML, or JSON when it ends in .json.")
    String file;

    @Mixin
    JsonOption output;

    @Mixin
    TemplateOption templates;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    ServerOption server;

    public BatchCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        Value.Obj body = body();
        BatchReport report = new BatchReport(context);
        Value.Obj done = server.server(context).isPresent()
                ? remote(server.server(context).get(), body, report)
                : local(body, report);
        if (output.json()) {
            context.printJson(done);
        } else {
            report.summary(done);
        }
        Value.Obj counts = (Value.Obj) done.members().get("counts");
        return counts.members().get("succeeded").equals(done.members().get("items"))
                ? ExitCodes.OK
                : ExitCodes.JOB_FAILED;
    }

    private Value.Obj body() {
        String text = InputFiles.read(context, file);
        try {
            Value body = file.endsWith(".json") ? Json.parse(text) : Json.parseYaml(text);
            if (!(body instanceof Value.Obj object)) {
                throw SetpointException.invalid("", "a batch is an object: {\"items\": [...]}");
            }
            return object;
        } catch (SetpointException e) {
            throw InputFiles.located(file, e);
        }
    }

    private Value.Obj remote(Server remote, Value.Obj body, BatchReport report) {
        String id =
                BatchReport.text((Value.Obj) remote.post("/api/batches", body).body(), "id");
        String path = "/api/batches/" + id;
        remote.stream(path + "/events", line -> {
            if (line.startsWith("data:") && !output.json()) {
                report.progress((Value.Obj) remote.get(path).body());
            }
        });
        return (Value.Obj) remote.get(path).body();
    }

    private Value.Obj local(Value.Obj body, BatchReport report) throws InterruptedException {
        LocalBatches batches =
                new LocalBatches(context, DataDirectory.of(context, dataDir), templates.registry(context));
        List<Value> items = body.members().get("items") instanceof Value.Arr a ? a.items() : List.of();
        List<Problem> problems = new ArrayList<>();
        List<JobSubmission> submissions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JobSubmission item = batches.item(Pointer.of("items", String.valueOf(i)), items.get(i), problems);
            if (item != null) {
                submissions.add(item);
            }
        }
        SetpointException.throwIfAny(problems);
        String name = body.members().get("name") instanceof Value.Str s ? s.value() : null;
        return batches.run(
                new BatchSubmission(name, "batch", new Value.Obj(Map.of()), submissions),
                document -> {
                    if (!output.json()) {
                        report.progress(document);
                    }
                },
                (batch, jobs) -> BatchJson.write(batch, jobs, JobEvent::stored));
    }
}
