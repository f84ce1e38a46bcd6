package dev.setpoint.cli.batches;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.Decimals;
import dev.setpoint.cli.Table;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A comparison on the command line, from its document: per level its status, run time, ratio to
 * standard, cost, and each metric with what it gained per extra second; then where each output is.
 */
final class ComparisonReport {

    private final Context context;

    ComparisonReport(Context context) {
        this.context = context;
    }

    /** @param base what output URLs are relative to: a server's URL, or empty for files */
    void print(Value.Obj comparison, String base) {
        Map<String, Value> members = comparison.members();
        Value.Obj results = (Value.Obj) members.get("results");
        Value.Obj analysis = (Value.Obj) members.get("analysis");
        Value.Obj ratios = (Value.Obj) analysis.members().get("time_ratios");
        List<String> metrics = ((Value.Arr) members.get("metrics"))
                .items().stream()
                        .map(m -> BatchReport.text((Value.Obj) m, "name"))
                        .toList();
        List<String> header = new ArrayList<>(List.of("LEVEL", "STATUS", "RUN", "VS STANDARD", "COST"));
        metrics.forEach(m -> header.add(m.toUpperCase(Locale.ROOT) + " (GAIN/S)"));
        Table table = new Table(header.toArray(String[]::new));
        for (Value item : ((Value.Arr) analysis.members().get("levels")).items()) {
            Value.Obj level = (Value.Obj) item;
            String name = BatchReport.text(level, "level");
            List<String> row = new ArrayList<>(List.of(
                    name,
                    BatchReport.text((Value.Obj) results.members().get(name), "status"),
                    BatchReport.seconds(level.members().get("run_seconds")),
                    ratios.members().get(name) instanceof Value.Num n
                            ? Decimals.significant(n.doubleValue(), 3) + "x"
                            : "-",
                    level.members().get("cost") instanceof Value.Num n ? Decimals.cost(n.doubleValue()) : "-"));
            Value.Obj measured = (Value.Obj) level.members().get("metrics");
            Value.Obj gains = (Value.Obj) level.members().get("gain_per_second");
            for (String metric : metrics) {
                row.add(number(measured.members().get(metric)) + " ("
                        + number(gains.members().get(metric)) + ")");
            }
            table.row(row.toArray(String[]::new));
        }
        context.println("comparison " + BatchReport.text(comparison, "comparison_id") + " of "
                + BatchReport.text(comparison, "template_id") + ", seed " + BatchReport.text(comparison, "seed"));
        context.out().print(table.render());
        results.members().forEach((level, result) -> {
            Value.Obj r = (Value.Obj) result;
            if (r.members().get("error") instanceof Value.Str error) {
                context.println(level + ": " + error.value());
            }
            for (Value output : ((Value.Arr) r.members().get("outputs")).items()) {
                context.println(level + ": " + base + BatchReport.text((Value.Obj) output, "url"));
            }
        });
    }

    private static String number(Value value) {
        return value instanceof Value.Num n ? Decimals.significant(n.doubleValue(), 4) : "-";
    }
}
