package dev.setpoint.cli.jobs;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.DataDirOption;
import dev.setpoint.cli.Decimals;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.Table;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.cli.templates.TemplateOption;
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

    @Option(
            names = "--quality",
            paramLabel = "Q",
            description = "Only jobs run at quality Q (a level or quality preset, by slug).")
    @Nullable
    String quality;

    @Option(names = "--preset", paramLabel = "ID", description = "Only jobs that merged in parameter preset ID.")
    @Nullable
    Long preset;

    @Option(
            names = "--metric",
            paramLabel = "NAME",
            description = "The metric that --min, --max and --sort metric read (psnr, ssim, bits_per_char...).")
    @Nullable
    String metric;

    @Option(
            names = "--min",
            paramLabel = "X",
            description = "Only jobs whose --metric is X or more (jobs without it never match).")
    @Nullable
    Double min;

    @Option(names = "--max", paramLabel = "X", description = "Only jobs whose --metric is X or less.")
    @Nullable
    Double max;

    @Option(
            names = "--sort",
            paramLabel = "BY",
            description = "created (default), run_seconds, or metric (the one --metric names); ties newest first, "
                    + "jobs without the value last.")
    @Nullable
    String sort;

    @Option(names = "--order", paramLabel = "O", description = "desc (default) or asc.")
    @Nullable
    String order;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N jobs (default 20).")
    int limit;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    TemplateOption templates;

    public JobsListCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<Server> remote = server.server(context);
        MetricUnits units =
                remote.isPresent() ? MetricUnits.of(remote.get()) : MetricUnits.of(templates.registry(context));
        Value jobs = remote.isPresent()
                ? remote(remote.get())
                : new LocalJobs(DataDirectory.of(context, dataDir)).list(query());
        if (output.json()) {
            context.printJson(jobs);
            return 0;
        }
        Table table = new Table("id", "template", "quality", "status", "created", "run s", "metrics");
        for (Value job : ServerJson.items(jobs)) {
            Value run = ServerJson.member(job, "run_seconds");
            table.row(
                    ServerJson.text(job, "id"),
                    ServerJson.text(job, "template"),
                    ServerJson.text(job, "quality"),
                    ServerJson.text(job, "status"),
                    ServerJson.text(job, "created_at"),
                    run instanceof Value.Num n ? Decimals.significant(n.doubleValue(), 3) : "-",
                    MetricText.of(job, units));
        }
        context.out().print(table.render());
        return 0;
    }

    /** The query the options ask for, checked as the server checks it. */
    private JobQuery query() {
        return new JobQuery(
                status == null ? null : JobStatus.of(status),
                template,
                quality,
                preset,
                metric,
                min,
                max,
                sort == null ? null : JobQuery.Sort.of(sort),
                order == null ? null : JobQuery.Order.of(order),
                0,
                limit);
    }

    private Value remote(Server remote) {
        StringBuilder path = new StringBuilder("/api/jobs?limit=" + limit);
        String[] parameters = {
            "status", status,
            "template", template,
            "quality", quality,
            "preset", preset == null ? null : preset.toString(),
            "metric", metric,
            "min", min == null ? null : min.toString(),
            "max", max == null ? null : max.toString(),
            "sort", sort,
            "order", order
        };
        for (int i = 0; i < parameters.length; i += 2) {
            if (parameters[i + 1] != null) {
                path.append('&').append(parameters[i]).append('=').append(Server.query(parameters[i + 1]));
            }
        }
        return remote.get(path.toString()).body();
    }
}
