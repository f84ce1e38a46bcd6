package dev.setpoint.cli.jobs;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.DataDirOption;
import dev.setpoint.cli.Decimals;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.Table;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.JobQuery;
import dev.setpoint.store.JobStatus;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code setpoint jobs list}: your jobs on the server, or without one the data directory's, newest first. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Your jobs on the server, or without one the jobs setpoint run ran in the data directory; "
                + "newest first.")
public final class JobsListCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    JsonOption output;

    @Mixin
    ServerOption server;

    @Option(
            names = "--status",
            paramLabel = "S",
            description = "Only jobs in status S: queued, running, succeeded, " + "failed or cancelled.")
    @Nullable
    String status;

    @Option(names = "--template", paramLabel = "T", description = "Only jobs of template T (id or id@version).")
    @Nullable
    String template;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N jobs (default 20).")
    int limit;

    @Mixin
    DataDirOption dataDir;

    public JobsListCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<Server> remote = server.server(context);
        Value jobs = remote.isPresent()
                ? remote(remote.get())
                : new LocalJobs(DataDirectory.of(context, dataDir))
                        .list(new JobQuery(status == null ? null : JobStatus.of(status), template, 0, limit));
        if (output.json()) {
            context.printJson(jobs);
            return 0;
        }
        Table table = new Table("id", "template", "quality", "status", "created", "run s");
        for (Value job : ServerJson.items(jobs)) {
            Value run = ServerJson.member(job, "run_seconds");
            table.row(
                    ServerJson.text(job, "id"),
                    ServerJson.text(job, "template"),
                    ServerJson.text(job, "quality"),
                    ServerJson.text(job, "status"),
                    ServerJson.text(job, "created_at"),
                    run instanceof Value.Num n ? Decimals.significant(n.doubleValue(), 3) : "-");
        }
        context.out().print(table.render());
        return 0;
    }

    private Value remote(Server remote) {
        StringBuilder path = new StringBuilder("/api/jobs?limit=" + limit);
        if (status != null) {
            path.append("&status=").append(Server.query(status));
        }
        if (template != null) {
            path.append("&template=").append(Server.query(template));
        }
        return remote.get(path.toString()).body();
    }
}
