package dev.setpoint.cli.apply;

import dev.setpoint.cli.CommandFailure;
import dev.setpoint.cli.Context;
import dev.setpoint.cli.Decimals;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.presets.ServerPresets;
import dev.setpoint.cli.presets.StrategyConverter;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.cli.serve.StartFailures;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.server.jobs.ExecutorLookup;
import dev.setpoint.server.jobs.JobEvent;
import dev.setpoint.server.jobs.JobEvents;
import dev.setpoint.server.jobs.JobJson;
import dev.setpoint.server.jobs.JobService;
import dev.setpoint.server.jobs.JobSubmission;
import dev.setpoint.server.jobs.Jobs;
import dev.setpoint.server.jobs.RunEstimates;
import dev.setpoint.server.jobs.JobsSettings;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code setpoint run}: runs a template with presets as a job, waits for it with a progress bar and
 * prints where its outputs are. Against a server the job runs there; without one it runs here, on
 * the embedded database of the data directory, through the same job service.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a template with a quality level and presets as a job; wait for it (progress on stderr) "
            + "and print its status, run time and outputs.",
            "Against a server (--server, $SETPOINT_SERVER) the job runs there; without one it runs here on the "
                + "embedded database of the data directory."})
public final class RunCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    JsonOption output;

    @Mixin
    RequestOptions request;

    @Option(names = "--merge-strategy", paramLabel = "S", defaultValue = "union", converter = StrategyConverter.class,
            description = "How parameter presets merge: union (default), intersection or last_wins.")
    MergeStrategy strategy;

    @Option(names = "--inputs", paramLabel = "JSON|@FILE",
            description = "Your inputs as a JSON object, inline or in a file; they win over every preset.")
    String inputs;

    @Option(names = "--detach", description = "With a server: print the job's id and return without waiting.")
    boolean detach;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Save the outputs into DIR.")
    String outputDir;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Without a server: the data directory whose "
            + "database and jobs/ directory are used (default: $SETPOINT_DATA_DIR, else $${XDG_DATA_HOME:-~/.local/share}/setpoint).")
    String dataDir;

    @Mixin
    ServerOption server;

    public RunCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Map<String, Value> given = Inputs.parse(context, inputs);
        return server.server(context).map(s -> remote(s, given)).orElseGet(() -> local(given));
    }

    private int remote(Server remote, Map<String, Value> given) {
        Map<String, Value> body = new ServerResolution(remote, new ServerPresets(context, remote)).body(request);
        body.put("merge_strategy", Value.of(strategy.id()));
        body.put("inputs", new Value.Obj(given));
        Value job = remote.post("/api/jobs", new Value.Obj(body)).body();
        String id = ServerJson.text(job, "id");
        if (detach) {
            return detached(remote, job, id);
        }
        ProgressBar bar = bar();
        remote.stream("/api/jobs/" + id + "/events", line -> {
            if (line.startsWith("data:")) {
                Value event = Json.parse(line.substring("data:".length()));
                Value eta = ServerJson.member(event, "eta_seconds");
                bar.show(ServerJson.text(event, "stage"), ServerJson.number(event, "percent"),
                        eta instanceof Value.Num n ? n.doubleValue() : null);
            }
        });
        bar.end();
        Value done = remote.get("/api/jobs/" + id).body();
        return report(done, url -> remote.url() + url, (url, file) -> remote.download(url, file));
    }

    private int local(Map<String, Value> given) {
        DataDirectory home = DataDirectory.of(context, dataDir);
        Path data = home.path();
        RequestOptions.Selection s = request.select(context);
        TemplateRegistry templates = request.templates.registry(context);
        if (detach) {
            throw new CommandFailure(ExitCodes.USAGE, "--detach needs a server (--server or $SETPOINT_SERVER): "
                    + "without one the job runs in this process, which would stop it on return");
        }
        ExecutorLookup executors = ExecutorLookup.runner();
        ApplyRequest applyRequest = new ApplyRequest(s.template(), s.quality(), s.presets(), strategy, given);
        // A template that cannot run here, or inputs it refuses, are refused before a database or a
        // worker is started (stopping a worker that is still starting would leave its errors on the console).
        executors.executorFor(s.template());
        new Resolver().apply(applyRequest);
        try (Database database = home.open();
                Jobs jobs = Jobs.start(database, data, () -> templates, executors,
                        RunEstimates.learningFrom(database.jobs(), executors), new JobsSettings(1, JobsSettings.DEFAULT_POLL))) {
            JobService service = jobs.service();
            JobRecord job = service.submit(null, new JobSubmission(applyRequest, List.of(), List.of(),
                    new Value.Obj(new LinkedHashMap<>(given))));
            JobRecord done = await(service, job);
            Path directory = data.resolve("jobs").resolve(job.id().toString());
            return report(JobJson.write(done, service.current(done), true),
                    path -> directory.resolve(path.substring(path.lastIndexOf('/') + 1)).toString(),
                    (path, file) -> copy(directory.resolve(path.substring(path.lastIndexOf('/') + 1)), file));
        }
    }

    private JobRecord await(JobService service, JobRecord job) {
        ProgressBar bar = bar();
        CompletableFuture<JobEvent> last = new CompletableFuture<>();
        try (JobEvents.Following following = service.follow(job, event -> {
            bar.show(event.stage(), event.fraction() * 100, event.etaSeconds());
            if (event.last()) {
                last.complete(event);
            }
        })) {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(ExitCodes.IO, "interrupted while waiting for job " + job.id(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        bar.end();
        return service.get(job.id());
    }

    /** The id alone on stdout, for scripts; where to follow the job on stderr, for people. */
    private int detached(Server remote, Value job, String id) {
        if (output.json()) {
            context.printJson(job);
        } else {
            context.println(id);
        }
        context.err().println("job " + id + " " + ServerJson.text(job, "status") + "; follow it at " + remote.url()
                + "/runs/" + id + " (API: " + remote.url() + "/api/jobs/" + id + ")");
        return ExitCodes.OK;
    }

    /**
     * Prints the finished job; {@code location} turns an output's API path into where it can be
     * fetched, {@code save} copies it into {@code --output-dir}. A job that did not succeed exits
     * non-zero with its error on one line.
     */
    private int report(Value job, Function<String, String> location, BiConsumer<String, Path> save) {
        String id = ServerJson.text(job, "id");
        String status = ServerJson.text(job, "status");
        Path saveTo = outputDir == null ? null : context.resolve(outputDir);
        if (saveTo != null) {
            createDirectories(saveTo);
        }
        StringBuilder text = new StringBuilder("job " + id + " " + status);
        Value runSeconds = ServerJson.member(job, "run_seconds");
        if (runSeconds instanceof Value.Num n) {
            text.append(" in ").append(Decimals.significant(n.doubleValue(), 3)).append(" s");
        }
        text.append(" (estimate ").append(Decimals.significant(ServerJson.number(job, "estimate"), 3)).append(" s)");
        for (Value item : ServerJson.items(ServerJson.member(job, "outputs"))) {
            String url = ServerJson.text(item, "url");
            String name = ServerJson.text(item, "name");
            String where = location.apply(url);
            if (saveTo != null) {
                save.accept(url, saveTo.resolve(name));
                where = saveTo.resolve(name).toString();
            }
            text.append("\n  ").append(name).append("  ").append(ServerJson.text(item, "media_type")).append("  ")
                    .append(ServerJson.integer(item, "bytes")).append(" bytes  ").append(where);
        }
        if (output.json()) {
            context.printJson(job);
        } else {
            context.println(text.toString());
        }
        if (!status.equals("succeeded")) {
            Value error = ServerJson.member(job, "error");
            throw new CommandFailure(ExitCodes.JOB_FAILED, "job " + id + " " + status
                    + (error instanceof Value.Str s ? ": " + s.value() : ""));
        }
        return ExitCodes.OK;
    }

    private ProgressBar bar() {
        return new ProgressBar(context.err(), System.console() != null);
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.IO, "cannot write " + to + ": " + StartFailures.reason(e), e);
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.IO, "cannot create " + directory + ": " + StartFailures.reason(e), e);
        }
    }

}
