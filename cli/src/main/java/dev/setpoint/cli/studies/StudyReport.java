package dev.setpoint.cli.studies;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.Decimals;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.jobs.MetricText;
import dev.setpoint.cli.jobs.MetricUnits;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A study on the command line, from the study document as the API writes it: its warnings, a table
 * whose rows are printed as trials end (the point's column as wide as the space's widest point), and
 * at the end the best trial or the Pareto front with each parameter's effect. With {@code --json}
 * only the last document, on stdout; the warnings still go to stderr.
 */
final class StudyReport {

    private static final Set<String> ENDED = Set.of("succeeded", "failed", "cancelled");

    private final Context context;
    private final MetricUnits units;
    private final boolean json;
    private final Set<Integer> printed = new HashSet<>();
    private int pointWidth = "POINT".length();
    private int scoreWidth = 10;

    StudyReport(Context context, MetricUnits units, boolean json) {
        this.context = context;
        this.units = units;
        this.json = json;
    }

    /** The warnings on stderr, before anything runs; then what the study will do, and the table's header. */
    void started(Value.Obj study) {
        warnings(study, context.err());
        heading(study);
    }

    /** A study as it stands (its warnings part of the text, on stdout); with --json its document. */
    void show(Value.Obj study) {
        if (!json) {
            warnings(study, context.out());
        }
        heading(study);
        finished(study);
    }

    private void warnings(Value.Obj study, PrintStream to) {
        for (Value warning : ServerJson.items(ServerJson.member(study, "warnings"))) {
            to.print("warning: " + ((Value.Str) warning).value() + "\n");
        }
    }

    private void heading(Value.Obj study) {
        if (json) {
            return;
        }
        pointWidth = Math.max(pointWidth, widestPoint(study));
        // One score per objective, written a/b: room for two of about ten characters.
        scoreWidth =
                11 * ServerJson.items(ServerJson.member(study, "objectives")).size() - 1;
        context.println("study " + ServerJson.text(study, "id") + ": " + ServerJson.text(study, "template") + ", "
                + ServerJson.text(study, "strategy") + " over " + text(ServerJson.member(study, "grid_size"))
                + " points, at most " + text(ServerJson.member(ServerJson.member(study, "budget"), "max_trials"))
                + " trials");
        context.println(row("TRIAL", "STATUS", "SCORE", "POINT", "MEASURED"));
        progress(study);
    }

    /** A row for each trial that has ended since the last document. */
    synchronized void progress(Value.Obj study) {
        if (json) {
            return;
        }
        String template = ServerJson.text(study, "template");
        for (Value trial : ServerJson.items(ServerJson.member(study, "trials"))) {
            String status = ServerJson.text(trial, "status");
            if (ENDED.contains(status) && printed.add((int) ServerJson.integer(trial, "index"))) {
                String reason = ServerJson.text(trial, "reason");
                context.println(row(
                        text(ServerJson.member(trial, "index")),
                        status,
                        scores(trial),
                        point(trial),
                        measured(template, trial) + (reason == null ? "" : "  " + reason)));
            }
        }
    }

    /** The last rows, how the study ended and its best trial or front; with --json the document itself. */
    void finished(Value.Obj study) {
        if (json) {
            context.printJson(study);
            return;
        }
        progress(study);
        Value progress = ServerJson.member(study, "progress");
        String reason = ServerJson.text(study, "reason");
        context.println("study " + ServerJson.text(study, "id") + " " + ServerJson.text(study, "status") + ": "
                + text(ServerJson.member(progress, "trials")) + " trials, "
                + text(ServerJson.member(progress, "succeeded")) + " succeeded, "
                + text(ServerJson.member(progress, "failed")) + " failed, "
                + text(ServerJson.member(progress, "cancelled")) + " cancelled in "
                + Decimals.seconds(ServerJson.number(progress, "elapsed_seconds"))
                + (reason == null ? "" : " (" + reason + ")"));
        Value best = ServerJson.member(study, "best");
        List<Value> front = ServerJson.items(ServerJson.member(study, "pareto_front"));
        String template = ServerJson.text(study, "template");
        if (best instanceof Value.Obj) {
            context.println("best: " + described(template, best));
        } else if (!front.isEmpty()) {
            Map<String, Value> byIndex = new LinkedHashMap<>();
            ServerJson.items(ServerJson.member(study, "trials"))
                    .forEach(t -> byIndex.put(text(ServerJson.member(t, "index")), t));
            context.println("Pareto front:");
            front.forEach(index -> context.println("  " + described(template, byIndex.get(text(index)))));
        } else {
            context.println("no trial succeeded");
        }
        effects(study);
    }

    /** 0 when the study finished with a best trial or a front; 11, as for a failed run, otherwise. */
    static int exitCode(Value.Obj study) {
        boolean found = ServerJson.member(study, "best") instanceof Value.Obj
                || !ServerJson.items(ServerJson.member(study, "pareto_front")).isEmpty();
        return "finished".equals(ServerJson.text(study, "status")) && found ? ExitCodes.OK : ExitCodes.JOB_FAILED;
    }

    private void effects(Value.Obj study) {
        List<String> shown = new ArrayList<>();
        for (Value effect : ServerJson.items(ServerJson.member(study, "effects"))) {
            shown.add(ServerJson.text(effect, "parameter") + " " + number(ServerJson.member(effect, "range")));
        }
        if (!shown.isEmpty()) {
            String objective = ServerJson.text(
                    ServerJson.items(ServerJson.member(study, "objectives")).get(0), "metric");
            context.println("effect on " + objective + " (range of its mean per value): " + String.join(", ", shown));
        }
    }

    private String described(String template, Value trial) {
        return "trial " + text(ServerJson.member(trial, "index")) + ": " + point(trial) + "; "
                + measured(template, trial) + "; score " + scores(trial);
    }

    private String row(String trial, String status, String score, String point, String measured) {
        return String.format(
                        "%-5s  %-9s  %-" + scoreWidth + "s  %-" + pointWidth + "s  %s",
                        trial,
                        status,
                        score,
                        point,
                        measured)
                .stripTrailing();
    }

    /** The run time, then what the run measured with the template's units: {@code 0.311 s, psnr=50.44 dB}. */
    private String measured(String template, Value trial) {
        Map<String, Value> job = new LinkedHashMap<>();
        job.put("template", Value.of(template));
        job.put("metrics", ServerJson.member(trial, "metrics"));
        String metrics = MetricText.of(new Value.Obj(job), units);
        if (!(ServerJson.member(trial, "run_seconds") instanceof Value.Num run)) {
            return metrics;
        }
        String time = Decimals.seconds(run.doubleValue());
        return metrics.equals("-") ? time : time + ", " + metrics;
    }

    private static int widestPoint(Value.Obj study) {
        int width = 0;
        if (ServerJson.member(study, "space") instanceof Value.Obj space) {
            for (Map.Entry<String, Value> parameter : space.members().entrySet()) {
                int widest = 0;
                for (Value candidate : ServerJson.items(parameter.getValue())) {
                    widest = Math.max(widest, Json.write(candidate).length());
                }
                width += parameter.getKey().length() + 1 + widest + 1;
            }
        }
        return Math.max(0, width - 1);
    }

    private static String point(Value trial) {
        List<String> values = new ArrayList<>();
        ServerJson.object(ServerJson.member(trial, "point"))
                .members()
                .forEach((name, value) -> values.add(name + "=" + Json.write(value)));
        return String.join(" ", values);
    }

    private static String scores(Value trial) {
        if (!(ServerJson.member(trial, "scores") instanceof Value.Arr scores)) {
            return "-";
        }
        return String.join("/", scores.items().stream().map(StudyReport::number).toList());
    }

    private static String number(Value value) {
        return value instanceof Value.Num n ? Decimals.significant(n.doubleValue(), 4) : text(value);
    }

    private static String text(Value value) {
        return value instanceof Value.Str s ? s.value() : Json.write(value);
    }
}
