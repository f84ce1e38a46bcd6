package dev.setpoint.jobs;

import dev.setpoint.core.value.Value;
import dev.setpoint.store.BatchRecord;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A batch as {@code GET /api/batches/{id}} answers it and {@code setpoint batch --json} prints it: its
 * counts per status, its status, its total estimate against the time measured so far, and each item's
 * job as {@code GET /api/jobs/{id}} writes it (without the log).
 */
public final class BatchJson {

    /** A batch whose items are not all ended runs; an ended one was cancelled if any item was. */
    static final String RUNNING = "running";

    private BatchJson() {}

    /** The batch with its jobs in item order; {@code current} gives a job's latest progress. */
    public static Value.Obj write(BatchRecord batch, List<JobRecord> jobs, Function<JobRecord, JobEvent> current) {
        Map<String, Value> out = new LinkedHashMap<>(summary(batch).members());
        Value links = out.remove("links");
        Value[] items = new Value[jobs.size()];
        for (int i = 0; i < jobs.size(); i++) {
            Map<String, Value> item = new LinkedHashMap<>();
            item.put("index", Value.of(i));
            item.put("job", JobJson.write(jobs.get(i), current.apply(jobs.get(i)), false));
            items[i] = new Value.Obj(item);
        }
        out.put("jobs", Value.arr(items));
        out.put("links", links);
        return new Value.Obj(out);
    }

    /** The batch without its jobs, as lists show it. */
    public static Value.Obj summary(BatchRecord batch) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("id", Value.of(batch.id().toString()));
        out.put("name", batch.name() == null ? Value.NULL : Value.of(batch.name()));
        out.put("kind", Value.of(batch.kind()));
        out.put("created_at", Value.of(batch.createdAt().toString()));
        out.put("items", Value.of(batch.items()));
        out.put("counts", counts(batch));
        out.put("status", Value.of(status(batch)));
        out.put("estimate_seconds", Value.of(batch.estimateSeconds()));
        out.put("measured_seconds", Value.of(batch.measuredSeconds()));
        out.put("links", links(batch));
        return new Value.Obj(out);
    }

    /** What a batch's event stream sends on every change. */
    public static Value.Obj event(BatchRecord batch) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("id", Value.of(batch.id().toString()));
        out.put("counts", counts(batch));
        out.put("status", Value.of(status(batch)));
        out.put("measured_seconds", Value.of(batch.measuredSeconds()));
        return new Value.Obj(out);
    }

    /** {@code running} until every item has ended, then {@code cancelled} if any item was, else {@code finished}. */
    public static String status(BatchRecord batch) {
        if (!batch.ended()) {
            return RUNNING;
        }
        return batch.counts().get(JobStatus.CANCELLED) > 0 ? "cancelled" : "finished";
    }

    /** Where the API serves a batch, relative to the server's URL. */
    public static String path(BatchRecord batch) {
        return "/api/batches/" + batch.id();
    }

    private static Value counts(BatchRecord batch) {
        Map<String, Value> out = new LinkedHashMap<>();
        batch.counts().forEach((status, count) -> out.put(status.id(), Value.of(count)));
        return new Value.Obj(out);
    }

    private static Value links(BatchRecord batch) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("self", Value.of(path(batch)));
        out.put("events", Value.of(path(batch) + "/events"));
        out.put("cancel", Value.of(path(batch) + "/cancel"));
        if (!batch.kind().equals("batch")) {
            out.put("comparison", Value.of("/api/comparisons/" + batch.id()));
        }
        return new Value.Obj(out);
    }
}
