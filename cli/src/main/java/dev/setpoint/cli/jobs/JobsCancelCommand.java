package dev.setpoint.cli.jobs;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.DataDirOption;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.value.Value;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code setpoint jobs cancel ID}: stops a queued or running job; a finished one is a conflict (exit
 * 7). Without a server, it cancels a job of the data directory that a killed {@code setpoint run}
 * left running.
 */
@Command(
        name = "cancel",
        mixinStandardHelpOptions = true,
        description = {
            "Cancel one of your queued or running jobs (a finished job exits 7).",
            "Without a server: a job of the data directory whose setpoint run was killed (Ctrl-C cancels "
                    + "its own job; a kill -9 cannot)."
        })
public final class JobsCancelCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    JsonOption output;

    @Mixin
    ServerOption server;

    @Parameters(paramLabel = "ID", description = "The job's id.")
    String id;

    @Mixin
    DataDirOption dataDir;

    public JobsCancelCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<Server> remote = server.server(context);
        Value job = remote.isEmpty()
                ? new LocalJobs(DataDirectory.of(context, dataDir)).cancel(id)
                : remote.get()
                        .post("/api/jobs/" + Server.segment(id) + "/cancel", new Value.Obj(Map.of()))
                        .body();
        if (output.json()) {
            context.printJson(job);
        } else {
            context.println("job " + ServerJson.text(job, "id") + " " + ServerJson.text(job, "status"));
        }
        return 0;
    }
}
