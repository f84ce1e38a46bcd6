package dev.setpoint.cli.apply;

import dev.setpoint.cli.CommandFailure;
import dev.setpoint.cli.Context;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.value.Value;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code setpoint jobs cancel ID}: stops a queued or running job; a finished one is a conflict (exit 7). */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = "Cancel one of your queued or running jobs (a finished job exits 7).")
public final class JobsCancelCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    JsonOption output;

    @Mixin
    ServerOption server;

    @Parameters(paramLabel = "ID", description = "The job's id.")
    String id;

    public JobsCancelCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        // Without a server, setpoint run runs a job in its own process and keeps no queue to cancel from.
        Server remote = server.server(context).orElseThrow(() -> new CommandFailure(ExitCodes.USAGE,
                "setpoint jobs cancel needs a server (--server or $SETPOINT_SERVER); without one, setpoint run runs "
                        + "a job in its own process, and Ctrl-C stops it"));
        Value job = remote.post("/api/jobs/" + Server.query(id) + "/cancel",
                new Value.Obj(Map.of())).body();
        if (output.json()) {
            context.printJson(job);
        } else {
            context.println("job " + ServerJson.text(job, "id") + " " + ServerJson.text(job, "status"));
        }
        return 0;
    }
}
