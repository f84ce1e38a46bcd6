package dev.setpoint.cli.apply;

import dev.setpoint.cli.CommandFailure;
import dev.setpoint.cli.Context;
import dev.setpoint.cli.DataDirOption;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.jobs.DataDirectory;
import dev.setpoint.cli.jobs.JobReport;
import dev.setpoint.cli.jobs.OnInterrupt;
import dev.setpoint.cli.presets.ServerPresets;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.ExecutorLookup;
import dev.setpoint.jobs.JobJson;
import dev.setpoint.jobs.JobService;
import dev.setpoint.jobs.JobSubmission;
import dev.setpoint.jobs.Jobs;
import dev.setpoint.jobs.JobsSettings;
import dev.setpoint.jobs.RunEstimates;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobRecord;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code setpoint run}: runs a template with presets as a job, waits for it with a progress bar and
 * prints where its outputs are. Against a server the job runs there; without one it runs here, on
 * the embedded database of the data directory, through the same job service.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run a template with a quality level and presets as a job; wait for it (progress on stderr) "
                    + "and print its status, run time and outputs.",
            "Against a server (--server, $SETPOINT_SERVER) the job runs there; without one it runs here on the "
                    + "embedded database of the data directory."
        })
public final class RunCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    JsonOption output;

    @Mixin
    RequestOptions request;

    @Mixin
    InputOptions inputOptions;

    @Option(names = "--detach", description = "With a server: print the job's id and return without waiting.")
    boolean detach;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Save the outputs into DIR.")
    @Nullable
    String outputDir;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    ServerOption server;

    public RunCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Map<String, Value> given = inputOptions.inputs(context);
        return server.server(context).map(s -> remote(s, given)).orElseGet(() -> local(given));
    }

    private int remote(Server remote, Map<String, Value> given) {
        Map<String, Value> body = new ServerResolution(remote, new ServerPresets(context, remote))
                .body(request, inputOptions.strategy, given);
        Value job = remote.post("/api/jobs", new Value.Obj(body)).body();
        String id = ServerJson.text(job, "id");
        if (detach) {
            return detached(remote, job, id);
        }
        JobReport report = report();
        return report.remote(remote, report.follow(remote, id));
    }

    // The interrupt hook is the resource: it is held while waiting, never referenced (javac's [try] lint).
    @SuppressWarnings("try")
    private int local(Map<String, Value> given) {
        DataDirectory home = DataDirectory.of(context, dataDir);
        Path data = home.path();
        RequestOptions.Selection s = request.select(context);
        TemplateRegistry templates = request.templates.registry(context);
        if (detach) {
            throw new CommandFailure(
                    ExitCodes.USAGE,
                    "--detach needs a server (--server or $SETPOINT_SERVER): "
                            + "without one the job runs in this process, which would stop it on return");
        }
        ExecutorLookup executors = ExecutorLookup.runner();
        ApplyRequest applyRequest = s.request(inputOptions.strategy, given);
        // A template that cannot run here, or inputs it refuses, are refused before a database or a
        // worker is started (stopping a worker that is still starting would leave its errors on the console).
        executors.executorFor(s.template());
        new Resolver().apply(applyRequest);
        try (Database database = home.open();
                Jobs jobs = Jobs.start(
                        database,
                        data,
                        () -> templates,
                        executors,
                        RunEstimates.learningFrom(database.jobs(), executors),
                        new JobsSettings(1, JobsSettings.DEFAULT_POLL))) {
            JobService service = jobs.service();
            JobRecord job = service.submit(
                    null,
                    new JobSubmission(applyRequest, List.of(), List.of(), new Value.Obj(new LinkedHashMap<>(given))));
            JobRecord done;
            // The job runs in this process, which is about to end: left running, a later serve on
            // this data directory would run it again, long after it was given up.
            try (OnInterrupt stopped = OnInterrupt.run(() -> cancelOnExit(service, job))) {
                done = report().follow(service, job);
            }
            return report().local(data, templates, JobJson.write(done, service.current(done), true));
        }
    }

    private void cancelOnExit(JobService service, JobRecord job) {
        try {
            service.cancel(service.get(job.id()));
            context.err().println("\nsetpoint: job " + job.id() + " cancelled");
        } catch (RuntimeException e) {
            // It ended meanwhile, or the database is already gone: nothing left to stop.
            context.err().println("\nsetpoint: job " + job.id() + " could not be cancelled: " + e.getMessage());
        }
    }

    /** The id alone on stdout, for scripts; where to follow the job on stderr, for people. */
    private int detached(Server remote, Value job, String id) {
        if (output.json()) {
            context.printJson(job);
        } else {
            context.println(id);
        }
        context.err()
                .println("job " + id + " " + ServerJson.text(job, "status") + "; follow it at " + remote.url()
                        + "/runs/" + id + " (API: " + remote.url() + "/api/jobs/" + id + ")");
        return ExitCodes.OK;
    }

    private JobReport report() {
        return new JobReport(context, output.json(), outputDir);
    }
}
