package dev.setpoint.cli.studies;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.core.value.Value;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code setpoint studies cancel ID}: stops a running study's pending trials and keeps its finished
 * ones. Without a server, it cancels a study of the data directory that a killed {@code setpoint
 * tune} left running.
 */
@Command(
        name = "cancel",
        mixinStandardHelpOptions = true,
        description = {
            "Cancel one of your running studies: trials not yet finished stop, finished ones are kept.",
            "Without a server: a study of the data directory whose setpoint tune was killed (Ctrl-C cancels "
                    + "its own study)."
        })
public final class StudiesCancelCommand implements Callable<Integer> {

    private final Context context;

    @Parameters(paramLabel = "ID", description = "The study's id.")
    String id;

    @Mixin
    JsonOption output;

    @Mixin
    StudiesAt studies;

    public StudiesCancelCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<Server> remote = studies.server(context);
        Value study = remote.isEmpty()
                ? studies.local(context).cancel(id)
                : remote.get()
                        .post("/api/studies/" + Server.segment(id) + "/cancel", new Value.Obj(Map.of()))
                        .body();
        if (output.json()) {
            context.printJson(study);
        } else {
            context.println("study " + ServerJson.text(study, "id") + " " + ServerJson.text(study, "status"));
        }
        return 0;
    }
}
