package dev.setpoint.cli.jobs;

import dev.setpoint.cli.CommandFailure;
import dev.setpoint.cli.Context;
import dev.setpoint.cli.DataDirOption;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.cli.templates.TemplateOption;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.JobStatus;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code setpoint jobs show ID}: one job, as {@code run} prints it; {@code --wait} follows it to its end
 * first. Without a server, a job {@code setpoint run} ran in the data directory.
 */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "One of your jobs: status, times and outputs; with --wait, follow it to its end first. "
                + "Without a server, a job setpoint run ran in the data directory.")
public final class JobsShowCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    JsonOption output;

    @Mixin
    ServerOption server;

    @Parameters(paramLabel = "ID", description = "The job's id, as run --detach printed it.")
    String id;

    @Option(names = "--wait", description = "Follow the job with a progress bar until it ends.")
    boolean await;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Save the outputs of a finished job into DIR.")
    @Nullable
    String outputDir;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    TemplateOption templates;

    public JobsShowCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        JobReport report = new JobReport(context, output.json(), outputDir);
        Optional<Server> server = this.server.server(context);
        if (server.isEmpty()) {
            return local(report);
        }
        Server remote = server.get();
        Value job = remote.get("/api/jobs/" + Server.segment(id)).body();
        if (await && !finished(job)) {
            job = report.follow(remote, ServerJson.text(job, "id"));
        }
        return finished(job) ? report.remote(remote, job) : report.unfinished(job);
    }

    /** A job run without a server; one that has not ended belongs to another process, which --wait cannot follow. */
    private int local(JobReport report) {
        DataDirectory home = DataDirectory.of(context, dataDir);
        Value job = new LocalJobs(home).get(id);
        if (finished(job)) {
            return report.local(home.path(), templates.registry(context), job);
        }
        if (await) {
            throw new CommandFailure(
                    ExitCodes.USAGE,
                    "job " + id + " has not ended: another setpoint run is "
                            + "running it, or stopped and left it for the next serve on this directory to recover; --wait "
                            + "follows jobs on a server");
        }
        return report.unfinished(job);
    }

    private static boolean finished(Value job) {
        return JobStatus.of(ServerJson.text(job, "status")).finished();
    }
}
