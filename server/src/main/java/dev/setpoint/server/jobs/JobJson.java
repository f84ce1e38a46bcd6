package dev.setpoint.server.jobs;

import dev.setpoint.store.JobOutput;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.PresetRevision;
import dev.setpoint.store.RunMeasurements;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A job and its events as the API shows them (snake_case members). */
final class JobJson {

    private JobJson() {}

    /** The job; {@code withLog} adds its log, which lists leave out. */
    static Map<String, Object> write(JobRecord job, JobEvent current, boolean withLog) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", job.id().toString());
        out.put("status", job.status().id());
        out.put("template", job.job().templateRef());
        out.put("quality", job.job().quality());
        out.put("level", job.job().level());
        out.put("preset_ids", job.job().presetIds());
        out.put("preset_revisions", job.job().presetRevisions().stream().map(JobJson::revision).toList());
        out.put("inputs", job.job().inputs());
        out.put("parameters", job.parameters());
        out.put("estimate", job.job().estimate().seconds());
        out.put("estimate_low", job.job().estimate().low());
        out.put("estimate_high", job.job().estimate().high());
        out.put("estimate_source", job.job().estimate().source());
        out.put("work_units", job.job().workUnits());
        out.put("progress", event(current));
        out.put("created_at", time(job.createdAt()));
        out.put("started_at", time(job.startedAt()));
        out.put("finished_at", time(job.finishedAt()));
        out.put("queue_wait_seconds", job.queueWaitSeconds());
        RunMeasurements m = job.measurements();
        out.put("run_seconds", m == null ? null : m.runSeconds());
        out.put("cpu_seconds", m == null ? null : m.cpuSeconds());
        out.put("peak_memory_bytes", m == null ? null : m.peakMemoryBytes());
        out.put("outputs", outputs(job));
        out.put("error", job.error());
        out.put("attempt", job.attempt());
        if (withLog) {
            out.put("log", job.log());
        }
        return out;
    }

    /** An event's data: status, stage, percent (0-100) and the seconds left. */
    static Map<String, Object> event(JobEvent event) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", event.status().id());
        out.put("stage", event.stage());
        out.put("percent", Math.round(event.fraction() * 1000) / 10.0);
        out.put("eta_seconds", event.etaSeconds() == null ? null : Math.round(event.etaSeconds() * 10) / 10.0);
        return out;
    }

    static String outputUrl(JobRecord job, String name) {
        return "/api/jobs/" + job.id() + "/outputs/" + name;
    }

    private static List<Map<String, Object>> outputs(JobRecord job) {
        return job.outputs().stream().map(o -> output(job, o)).toList();
    }

    private static Map<String, Object> output(JobRecord job, JobOutput output) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", output.name());
        out.put("media_type", output.mediaType());
        out.put("bytes", output.bytes());
        out.put("url", outputUrl(job, output.name()));
        return out;
    }

    private static Map<String, Object> revision(PresetRevision revision) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", revision.id());
        out.put("slug", revision.slug());
        out.put("revision", revision.revision());
        return out;
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
