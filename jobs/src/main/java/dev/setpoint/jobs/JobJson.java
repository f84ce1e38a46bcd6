package dev.setpoint.jobs;

import dev.setpoint.core.value.Value;
import dev.setpoint.store.JobOutput;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.PresetRevision;
import dev.setpoint.store.RunMeasurements;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A job and its events as the API and {@code setpoint run --json} show them (snake_case members). */
public final class JobJson {

    private JobJson() {}

    /** The job; {@code withLog} adds its log, which lists leave out. */
    public static Value.Obj write(JobRecord job, JobEvent current, boolean withLog) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("id", Value.of(job.id().toString()));
        out.put("status", Value.of(job.status().id()));
        out.put("template", Value.of(job.job().templateRef()));
        out.put("quality", Value.of(job.job().quality()));
        out.put("level", Value.of(job.job().level()));
        out.put(
                "preset_ids",
                Value.arr(job.job().presetIds().stream().map(Value::of).toList()));
        out.put(
                "preset_revisions",
                Value.arr(job.job().presetRevisions().stream()
                        .map(JobJson::revision)
                        .toList()));
        out.put("inputs", job.job().inputs());
        out.put("parameters", job.parameters());
        out.put("estimate", number(job.job().estimate().seconds()));
        out.put("estimate_low", number(job.job().estimate().low()));
        out.put("estimate_high", number(job.job().estimate().high()));
        out.put("estimate_source", Value.of(job.job().estimate().source()));
        out.put("work_units", number(job.job().workUnits()));
        out.put("progress", event(current));
        out.put("created_at", time(job.createdAt()));
        out.put("started_at", time(job.startedAt()));
        out.put("finished_at", time(job.finishedAt()));
        out.put("queue_wait_seconds", number(job.queueWaitSeconds()));
        RunMeasurements m = job.measurements();
        out.put("run_seconds", m == null ? Value.NULL : number(m.runSeconds()));
        out.put("cpu_seconds", m == null ? Value.NULL : number(m.cpuSeconds()));
        out.put("peak_memory_bytes", m == null ? Value.NULL : Value.of(m.peakMemoryBytes()));
        out.put("metrics", job.metrics());
        out.put(
                "outputs",
                Value.arr(job.outputs().stream().map(o -> output(job, o)).toList()));
        out.put("error", job.error() == null ? Value.NULL : Value.of(job.error()));
        out.put("attempt", Value.of(job.attempt()));
        if (withLog) {
            out.put("log", Value.of(job.log()));
        }
        return new Value.Obj(out);
    }

    /** An event's data: status, stage, percent (0-100) and the seconds left. */
    public static Value.Obj event(JobEvent event) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("status", Value.of(event.status().id()));
        out.put("stage", Value.of(event.stage()));
        out.put("percent", number(Math.round(event.fraction() * 1000) / 10.0));
        out.put(
                "eta_seconds",
                event.etaSeconds() == null ? Value.NULL : number(Math.round(event.etaSeconds() * 10) / 10.0));
        return new Value.Obj(out);
    }

    /** Where the API serves an output, relative to the server's URL. */
    public static String outputPath(JobRecord job, String name) {
        return "/api/jobs/" + job.id() + "/outputs/" + name;
    }

    private static Value output(JobRecord job, JobOutput output) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("name", Value.of(output.name()));
        out.put("media_type", Value.of(output.mediaType()));
        out.put("bytes", Value.of(output.bytes()));
        out.put("url", Value.of(outputPath(job, output.name())));
        return new Value.Obj(out);
    }

    private static Value revision(PresetRevision revision) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("id", Value.of(revision.id()));
        out.put("slug", Value.of(revision.slug()));
        out.put("revision", Value.of(revision.revision()));
        return new Value.Obj(out);
    }

    private static Value number(@Nullable Double n) {
        return n == null ? Value.NULL : Value.of(n.doubleValue());
    }

    private static Value time(@Nullable Instant instant) {
        return instant == null ? Value.NULL : Value.of(instant.toString());
    }
}
