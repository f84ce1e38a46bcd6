package dev.setpoint.cli.apply;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.JobStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code setpoint jobs show ID}: one job, as {@code run} prints it; {@code --wait} follows it to its end first. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "One of your jobs: status, times and outputs; with --wait, follow it to its end first.")
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
    String outputDir;

    public JobsShowCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Server remote = JobsCommand.server(context, server);
        JobReport report = new JobReport(context, output.json(), outputDir);
        Value job = remote.get("/api/jobs/" + Server.query(id)).body();
        if (await && !finished(job)) {
            job = report.follow(remote, ServerJson.text(job, "id"));
        }
        return finished(job) ? report.remote(remote, job) : report.unfinished(job);
    }

    private static boolean finished(Value job) {
        return JobStatus.of(ServerJson.text(job, "status")).finished();
    }
}
