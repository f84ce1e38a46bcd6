package dev.setpoint.server.batches;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.BatchJson;
import dev.setpoint.jobs.BatchService;
import dev.setpoint.jobs.BatchSubmission;
import dev.setpoint.jobs.JobService;
import dev.setpoint.jobs.JobSubmission;
import dev.setpoint.server.batches.BatchRequests.BatchBody;
import dev.setpoint.server.config.Links;
import dev.setpoint.server.presets.PageLinks;
import dev.setpoint.server.presets.Paging;
import dev.setpoint.server.users.SetpointUser;
import dev.setpoint.store.BatchRecord;
import dev.setpoint.store.Page;
import dev.setpoint.store.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

/** Batches: many jobs submitted at once, followed, listed and cancelled together. Only its owner sees a batch. */
@RestController
@RequestMapping("/api/batches")
@Tag(name = "batches")
class BatchController {

    /** An event stream ends after this long even if the batch has not (the client reconnects). */
    private static final long STREAM_MILLIS = 30 * 60 * 1000L;

    private final BatchService batches;
    private final JobService jobs;
    private final BatchRequests requests;
    private final Links links;

    BatchController(BatchService batches, JobService jobs, BatchRequests requests, Links links) {
        this.batches = batches;
        this.jobs = jobs;
        this.requests = requests;
        this.links = links;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Queue many jobs at once: items as the body of /api/jobs; 201 with the batch",
            description = "Every item is checked first: any problem makes the batch a 400 whose errors point at "
                    + "/items/N/..., and nothing is queued. At most " + BatchService.MAX_ITEMS + " items.")
    ResponseEntity<Value> submit(@AuthenticationPrincipal SetpointUser me, @RequestBody BatchBody body) {
        Viewer viewer = me.viewer();
        if (body.items() != null && body.items().size() > BatchService.MAX_ITEMS) {
            throw SetpointException.invalid(
                    "/items",
                    "a batch has 1 to " + BatchService.MAX_ITEMS + " items, not "
                            + body.items().size());
        }
        List<JobSubmission> items = requests.items(viewer, body.items());
        BatchRecord batch = batches.submit(
                viewer.userId(), new BatchSubmission(body.name(), "batch", new Value.Obj(Map.of()), items));
        return ResponseEntity.created(links.location(BatchJson.path(batch))).body(document(batch));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A batch: counts per status, status, estimate against measured time, each item's job")
    Value get(@AuthenticationPrincipal SetpointUser me, @PathVariable UUID id) {
        return document(batches.get(me.viewer(), id));
    }

    @GetMapping
    @Operation(
            summary = "The caller's batches and comparisons, newest first, without their jobs",
            description = "Paged like jobs: offset/limit or page/size, X-Total-Count and Link headers.")
    ResponseEntity<List<Value>> list(
            @AuthenticationPrincipal SetpointUser me,
            @RequestParam(required = false) @Nullable Integer offset,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        Paging paging = Paging.of(offset, limit, page, size);
        Page<BatchRecord> result = batches.list(me.viewer(), paging.offset(), paging.limit());
        return ResponseEntity.ok()
                .headers(PageLinks.headers(links.to("/api/batches"), result))
                .body(result.items().stream().<Value>map(BatchJson::summary).toList());
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel every item of the batch that has not finished; the batch as it is then")
    Value cancel(@AuthenticationPrincipal SetpointUser me, @PathVariable UUID id) {
        return document(batches.cancel(me.viewer(), id));
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "Server-sent events named batch: id, counts, status and measured_seconds now, then on "
                    + "every change; the stream ends when every item has ended")
    SseEmitter events(@AuthenticationPrincipal SetpointUser me, @PathVariable UUID id) {
        BatchRecord batch = batches.get(me.viewer(), id);
        SseEmitter emitter = new SseEmitter(STREAM_MILLIS);
        AutoCloseable following = batches.follow(batch, new BatchEventStream(emitter));
        Runnable stop = () -> close(following);
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(e -> stop.run());
        return emitter;
    }

    private Value document(BatchRecord batch) {
        return BatchJson.write(batch, batches.jobs(batch), jobs::current);
    }

    private static void close(AutoCloseable following) {
        try {
            following.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop following a batch", e);
        }
    }
}
