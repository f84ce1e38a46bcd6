package dev.setpoint.server.studies;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.format.StudyJson;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.StudyService;
import dev.setpoint.jobs.StudySummaries;
import dev.setpoint.server.config.Links;
import dev.setpoint.server.presets.PageLinks;
import dev.setpoint.server.presets.Paging;
import dev.setpoint.server.presets.PresetJson;
import dev.setpoint.server.studies.StudyRequests.StudyBody;
import dev.setpoint.server.users.SetpointUser;
import dev.setpoint.store.Page;
import dev.setpoint.store.StoredPreset;
import dev.setpoint.store.StudyRecord;
import dev.setpoint.store.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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

/**
 * Tuning studies: a search space run trial by trial as jobs, scored against objectives and
 * constraints; followed, listed, cancelled, and a trial's point kept as a preset. Only its owner sees
 * a study.
 */
@RestController
@RequestMapping("/api/studies")
@Tag(name = "studies")
class StudyController {

    /** An event stream ends after this long even if the study has not (the client reconnects). */
    private static final long STREAM_MILLIS = 30 * 60 * 1000L;

    private final StudyService studies;
    private final StudyRequests requests;
    private final Links links;

    StudyController(StudyService studies, StudyRequests requests, Links links) {
        this.studies = studies;
        this.requests = requests;
        this.links = links;
    }

    /** The body of {@code POST /api/studies/{id}/presets}: the new preset's name, and the trial (default: the best). */
    record SaveBody(@Nullable String name, @Nullable Integer trial) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Start a study: presets merged into a search space, run point by point as jobs; 201 with the "
                    + "study document",
            description = "Defaults: quality standard, strategy grid, a drawn seed (recorded), max_trials the grid "
                    + "size for grid (at most 10000) and 20 for random and bayes (never more than the grid), "
                    + "parallelism 1. Every problem of the specification is a 400 before anything runs: an unknown "
                    + "metric (/objectives/0/metric, /constraints/1/metric), a space with nothing to tune (/space), "
                    + "a candidate the template refuses (/space/crf/2), a bad strategy or budget. A grid larger "
                    + "than the budget runs and says so in warnings.")
    ResponseEntity<Value> submit(@AuthenticationPrincipal SetpointUser me, @RequestBody StudyBody body) {
        Viewer viewer = me.viewer();
        StudyRecord study = studies.submit(viewer.userId(), requests.submission(viewer, body));
        return ResponseEntity.created(links.location("/api/studies/" + study.id()))
                .body(StudyJson.encode(studies.get(viewer, study.id())));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A study: its specification, progress, every trial (point, measurements, score, status), the "
                    + "best trial or the Pareto front, and each parameter's effect")
    Value get(@AuthenticationPrincipal SetpointUser me, @PathVariable UUID id) {
        return StudyJson.encode(studies.get(me.viewer(), id));
    }

    @GetMapping
    @Operation(
            summary = "The caller's studies, newest first, as summaries (no trials)",
            description = "Paged like jobs: offset/limit or page/size, X-Total-Count and Link headers.")
    ResponseEntity<List<Value>> list(
            @AuthenticationPrincipal SetpointUser me,
            @RequestParam(required = false) @Nullable Integer offset,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        Paging paging = Paging.of(offset, limit, page, size);
        Viewer viewer = me.viewer();
        Page<StudyRecord> result = studies.list(viewer, paging.offset(), paging.limit());
        return ResponseEntity.ok()
                .headers(PageLinks.headers(links.to("/api/studies"), result))
                .body(result.items().stream()
                        .<Value>map(s -> StudySummaries.of(StudyJson.encode(studies.get(viewer, s.id()))))
                        .toList());
    }

    @PostMapping("/{id}/cancel")
    @Operation(
            summary = "Cancel a study: queued and running trials stop, finished ones are kept; the study as it is "
                    + "then")
    Value cancel(@AuthenticationPrincipal SetpointUser me, @PathVariable UUID id) {
        Viewer viewer = me.viewer();
        studies.cancel(viewer, id);
        return StudyJson.encode(studies.get(viewer, id));
    }

    @PostMapping(path = "/{id}/presets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Save a trial's point as a parameter preset (one value per parameter); 201 with the preset",
            description = "trial defaults to the best; a study with two objectives needs it. The preset's "
                    + "metadata records the study, the trial, the objective and its value. 400 when the trial "
                    + "did not succeed.")
    ResponseEntity<Value> savePreset(
            @AuthenticationPrincipal SetpointUser me, @PathVariable UUID id, @RequestBody SaveBody body) {
        StoredPreset preset = studies.savePreset(me.viewer(), id, name(body), body.trial());
        return ResponseEntity.created(links.location("/api/presets/" + preset.id()))
                .body(PresetJson.write(preset, null));
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "Server-sent events named study: the study document now, then on every trial's end and "
                    + "status change; the stream ends with the study")
    SseEmitter events(@AuthenticationPrincipal SetpointUser me, @PathVariable UUID id) {
        studies.get(me.viewer(), id);
        SseEmitter emitter = new SseEmitter(STREAM_MILLIS);
        AutoCloseable following = studies.follow(id, new StudyEventStream(emitter));
        Runnable stop = () -> close(following);
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(e -> stop.run());
        return emitter;
    }

    private static String name(SaveBody body) {
        if (body.name() == null || body.name().isBlank()) {
            throw SetpointException.invalid("/name", "name is required: what to call the new parameter preset");
        }
        return body.name();
    }

    private static void close(AutoCloseable following) {
        try {
            following.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop following a study", e);
        }
    }
}
