package dev.setpoint.cli.batches;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.Decimals;
import dev.setpoint.cli.Table;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A batch on the command line: one line per item as it ends, then a table of every item and the
 * totals, from the batch document as the server writes it.
 */
final class BatchReport {

    private static final Set<String> ENDED = Set.of("succeeded", "failed", "cancelled");

    private final Context context;
    private final Set<String> printed = new HashSet<>();

    BatchReport(Context context) {
        this.context = context;
    }

    /** Prints a line for each item that has ended since the last document. */
    synchronized void progress(Value.Obj batch) {
        int total = (int) number(batch, "items");
        for (Value item : items(batch)) {
            Value.Obj job = job(item);
            String status = text(job, "status");
            if (ENDED.contains(status) && printed.add(text(job, "id"))) {
                String error = job.members().get("error") instanceof Value.Str e ? ": " + e.value() : "";
                context.println("[" + printed.size() + "/" + total + "] item " + text((Value.Obj) item, "index")
                        + " " + text(job, "template") + " " + text(job, "quality") + " " + status + " "
                        + seconds(job.members().get("run_seconds")) + error);
            }
        }
    }

    /** The table of items and the totals. */
    void summary(Value.Obj batch) {
        Table table = new Table("ITEM", "TEMPLATE", "QUALITY", "STATUS", "RUN", "ESTIMATE", "JOB");
        for (Value item : items(batch)) {
            Value.Obj job = job(item);
            table.row(
                    text((Value.Obj) item, "index"),
                    text(job, "template"),
                    text(job, "quality"),
                    text(job, "status"),
                    seconds(job.members().get("run_seconds")),
                    seconds(job.members().get("estimate")),
                    text(job, "id"));
        }
        context.out().print(table.render());
        Value.Obj counts = (Value.Obj) batch.members().get("counts");
        context.println("batch " + text(batch, "id") + " " + text(batch, "status") + ": "
                + text(counts, "succeeded") + " succeeded, " + text(counts, "failed") + " failed, "
                + text(counts, "cancelled") + " cancelled; "
                + seconds(batch.members().get("measured_seconds"))
                + " measured against " + seconds(batch.members().get("estimate_seconds")) + " estimated");
    }

    private static List<Value> items(Value.Obj batch) {
        return batch.members().get("jobs") instanceof Value.Arr a ? a.items() : List.of();
    }

    private static Value.Obj job(Value item) {
        return (Value.Obj) ((Value.Obj) item).members().get("job");
    }

    static String seconds(Value value) {
        return value instanceof Value.Num n ? Decimals.seconds(n.doubleValue()) : "-";
    }

    static String text(Value.Obj object, String name) {
        Value value = object.members().get(name);
        return value instanceof Value.Str s ? s.value() : value == null ? "" : Json.write(value);
    }

    private static double number(Value.Obj object, String name) {
        return object.members().get(name) instanceof Value.Num n ? n.doubleValue() : 0;
    }
}
