package dev.setpoint.server.jobs;

import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.JobEvents;
import dev.setpoint.jobs.JobJson;
import dev.setpoint.jobs.JobService;
import dev.setpoint.server.apply.ApplyRequests;
import dev.setpoint.server.apply.ApplyRequests.ApplyBody;
import dev.setpoint.server.config.Links;
import dev.setpoint.server.presets.PageLinks;
import dev.setpoint.server.presets.Paging;
import dev.setpoint.server.users.SetpointUser;
import dev.setpoint.store.JobQuery;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import dev.setpoint.store.Page;
import dev.setpoint.store.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Jobs: run a template with presets, follow it, cancel it, download what it made. Only its owner sees a job. */
@RestController
@RequestMapping("/api/jobs")
@Tag(name = "jobs")
class JobController {

    /** An event stream ends after this long even if the job has not (the client reconnects). */
    private static final long STREAM_MILLIS = 30 * 60 * 1000L;

    private final JobService jobs;
    private final ApplyRequests requests;
    private final Links links;

    JobController(JobService jobs, ApplyRequests requests, Links links) {
        this.jobs = jobs;
        this.requests = requests;
        this.links = links;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Queue a run: the body of /api/apply; 202 with the job and its Location",
            description = "409 when the template cannot run here (with the reason), 422 when the presets do not fit.")
    ResponseEntity<Value> submit(@AuthenticationPrincipal SetpointUser me, @RequestBody ApplyBody body) {
        Viewer viewer = me.viewer();
        JobRecord job = jobs.submit(viewer.userId(), requests.submission(viewer, body));
        return ResponseEntity.accepted()
                .location(links.location("/api/jobs/" + job.id()))
                .body(JobJson.write(job, jobs.current(job), true));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A job: status, the estimate it was given, run_seconds and the other measurements, outputs, log")
    Value get(@AuthenticationPrincipal SetpointUser me, @PathVariable UUID id) {
        JobRecord job = jobs.get(me.viewer(), id);
        return JobJson.write(job, jobs.current(job), true);
    }

    @GetMapping
    @Operation(
            summary = "The caller's jobs, newest first unless sorted otherwise",
            description = "Filters status, template (an id or id@version), quality (a level's or quality preset's "
                    + "slug), preset (a parameter preset's id merged in), and a metric's range: metric with min "
                    + "and/or max, inclusive; a job without the metric does not match. sort=created (default), "
                    + "run_seconds or metric (the one metric names), order=desc (default) or asc; ties newest "
                    + "first, jobs without the value last. Paged like presets: offset/limit or page/size, "
                    + "X-Total-Count and Link headers. Logs are left out.")
    ResponseEntity<List<Value>> list(
            @AuthenticationPrincipal SetpointUser me,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String template,
            @RequestParam(required = false) @Nullable String quality,
            @RequestParam(required = false) @Nullable Long preset,
            @RequestParam(required = false) @Nullable String metric,
            @RequestParam(required = false) @Nullable Double min,
            @RequestParam(required = false) @Nullable Double max,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order,
            @RequestParam(required = false) @Nullable Integer offset,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        Paging paging = Paging.of(offset, limit, page, size);
        JobQuery query = new JobQuery(
                status == null ? null : JobStatus.of(status),
                template,
                quality,
                preset,
                metric,
                min,
                max,
                sort == null ? null : JobQuery.Sort.of(sort),
                order == null ? null : JobQuery.Order.of(order),
                paging.offset(),
                paging.limit());
        Page<JobRecord> result = jobs.list(me.viewer(), query);
        return ResponseEntity.ok()
                .headers(PageLinks.headers(links.to("/api/jobs"), result, filters(query)))
                .body(result.items().stream()
                        .<Value>map(job -> JobJson.write(job, jobs.current(job), false))
                        .toList());
    }

    /**
     * The list's filters, sort and order in pairs for its page links; null where the query has none or
     * the default.
     */
    private static @Nullable String[] filters(JobQuery query) {
        return new @Nullable String[] {
            "status", query.status() == null ? null : query.status().id(),
            "template", query.template(),
            "quality", query.quality(),
            "preset", query.presetId() == null ? null : query.presetId().toString(),
            "metric", query.metric(),
            "min", query.metricMin() == null ? null : query.metricMin().toString(),
            "max", query.metricMax() == null ? null : query.metricMax().toString(),
            "sort", query.sort() == JobQuery.Sort.CREATED ? null : query.sort().id(),
            "order", query.order() == JobQuery.Order.DESC ? null : query.order().id()
        };
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a queued or running job; 409 when it has finished")
    Value cancel(@AuthenticationPrincipal SetpointUser me, @PathVariable UUID id) {
        JobRecord job = jobs.cancel(me.viewer(), id);
        return JobJson.write(job, jobs.current(job), true);
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "Server-sent events: the current state first, then progress (stage, percent, "
                    + "eta_seconds) and status changes; the stream ends when the job finishes")
    SseEmitter events(@AuthenticationPrincipal SetpointUser me, @PathVariable UUID id) {
        JobRecord job = jobs.get(me.viewer(), id);
        SseEmitter emitter = new SseEmitter(STREAM_MILLIS);
        JobEvents.Following following = jobs.follow(job, new JobEventStream(emitter));
        emitter.onCompletion(following::close);
        emitter.onTimeout(following::close);
        emitter.onError(e -> following.close());
        return emitter;
    }

    @GetMapping("/{id}/outputs/{name}")
    @Operation(summary = "Download an output with its media type")
    ResponseEntity<Resource> output(
            @AuthenticationPrincipal SetpointUser me, @PathVariable UUID id, @PathVariable String name) {
        JobRecord job = jobs.get(me.viewer(), id);
        return JobOutputs.response(job, name, jobs.output(job, name));
    }
}
