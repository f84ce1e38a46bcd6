package dev.setpoint.cli.studies;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.Decimals;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.Table;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code setpoint studies list}: your studies, newest first, as {@code GET /api/studies} summarises them. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Your studies on the server, or without one the studies setpoint tune ran in the data "
                + "directory; newest first.")
public final class StudiesListCommand implements Callable<Integer> {

    private final Context context;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N studies (default 20).")
    int limit;

    @Mixin
    JsonOption output;

    @Mixin
    StudiesAt studies;

    public StudiesListCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<Server> remote = studies.server(context);
        Value page = remote.isPresent()
                ? remote.get().get("/api/studies?limit=" + limit).body()
                : studies.local(context).list(limit);
        if (output.json()) {
            context.printJson(page);
            return 0;
        }
        Table table = new Table("ID", "NAME", "STATUS", "TEMPLATE", "STRATEGY", "TRIALS", "BEST", "CREATED");
        for (Value study : ServerJson.items(page)) {
            Value progress = ServerJson.member(study, "progress");
            Value best = ServerJson.member(study, "best_score");
            String name = ServerJson.text(study, "name");
            table.row(
                    ServerJson.text(study, "id"),
                    name == null ? "-" : name,
                    ServerJson.text(study, "status"),
                    ServerJson.text(study, "template"),
                    ServerJson.text(study, "strategy"),
                    Json.write(ServerJson.member(progress, "trials")) + "/"
                            + Json.write(ServerJson.member(progress, "max_trials")),
                    best instanceof Value.Num n ? Decimals.significant(n.doubleValue(), 4) : "-",
                    ServerJson.text(study, "created_at"));
        }
        context.out().print(table.render());
        return 0;
    }
}
