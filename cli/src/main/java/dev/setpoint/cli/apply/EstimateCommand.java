package dev.setpoint.cli.apply;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.DataDirOption;
import dev.setpoint.cli.Decimals;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.Table;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.estimate.AccuracyReport;
import dev.setpoint.core.estimate.Estimate;
import dev.setpoint.core.estimate.HistoryEstimator;
import dev.setpoint.core.format.EstimateJson;
import dev.setpoint.core.template.Resources;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code setpoint estimate}: time, cost and resources of one run; with {@code --accuracy}, how good estimates were. */
@Command(
        name = "estimate",
        mixinStandardHelpOptions = true,
        description = "Estimate the time, cost and resources of a run of a template at a quality.")
public final class EstimateCommand implements Callable<Integer> {

    private static final int PERCENT_SCALE = 1;

    private final Context context;

    @Mixin
    JsonOption output;

    @Mixin
    RequestOptions request;

    @Mixin
    ServerOption server;

    @Mixin
    InputOptions given;

    @Option(
            names = "--accuracy",
            description = {
                "Instead of an estimate: estimated against measured time of "
                        + "every finished run, per template (median error, share within 15%%).",
                "--template is not needed."
            })
    boolean accuracy;

    @Mixin
    DataDirOption dataDir;

    public EstimateCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Resolution resolution = Resolution.of(context, server, dataDir);
        if (accuracy) {
            printAccuracy(resolution.accuracy(), resolution instanceof LocalResolution);
            return 0;
        }
        Estimated s = resolution.estimate(request, given.strategy, given.inputs(context));
        Estimate e = s.estimate();
        if (output.json()) {
            context.printJson(EstimateJson.encode(s.template(), s.qualityId(), s.level(), e));
        } else {
            Resources r = e.resources();
            context.out()
                    .print(Table.pairs(
                            "template",
                            s.template(),
                            "quality",
                            s.qualityId() + " (" + s.qualityName() + ", level " + s.level() + ")",
                            "time",
                            Decimals.seconds(e.expectedSeconds()) + " expected (" + Decimals.seconds(e.minSeconds())
                                    + " to " + Decimals.seconds(e.maxSeconds()) + ")",
                            "basis",
                            e.basis() == Estimate.Basis.HISTORY
                                    ? "history of " + e.runsUsed() + " runs"
                                    : e.runsUsed() == 0
                                            ? "multipliers (no run history yet)"
                                            : "multipliers (" + e.runsUsed() + (e.runsUsed() == 1 ? " run" : " runs")
                                                    + " so far: too few to learn from)",
                            "cost",
                            Decimals.cost(e.cost()),
                            "resources",
                            "cpu " + Decimals.plain(r.cpu()) + ", memory " + Decimals.gib(r.memory()) + ", gpu "
                                    + Decimals.plain(r.gpu()) + ", vram " + Decimals.gib(r.vram())));
        }
        return 0;
    }

    private void printAccuracy(AccuracyReport report, boolean offline) {
        if (output.json()) {
            context.printJson(report.toValue());
        } else if (report.all().runs() == 0) {
            context.out()
                    .println("No finished runs yet: estimates stand on the multipliers until a template has "
                            + HistoryEstimator.MIN_RUNS + " runs."
                            + (offline
                                    ? " Runs are recorded by setpoint run in the data directory (--data-dir), and by a"
                                            + " server's jobs (--server)."
                                    : ""));
        } else {
            Table table = new Table(
                    "template",
                    "runs",
                    "median error",
                    "within 15%",
                    "learned runs",
                    "learned median",
                    "learned within 15%");
            report.templates().forEach(t -> table.row(row(t.template(), t.all(), t.learned())));
            table.row(row("all", report.all(), report.learned()));
            context.out().print(table.render());
        }
    }

    private static String[] row(String name, AccuracyReport.Accuracy all, AccuracyReport.Accuracy learned) {
        return new String[] {
            name,
            String.valueOf(all.runs()),
            percent(all.medianErrorPercent()),
            percent(all.percentWithinTolerance()),
            String.valueOf(learned.runs()),
            percent(learned.medianErrorPercent()),
            percent(learned.percentWithinTolerance())
        };
    }

    private static String percent(double n) {
        return Double.isNaN(n) ? "-" : Decimals.rounded(n, PERCENT_SCALE).toPlainString() + "%";
    }
}
