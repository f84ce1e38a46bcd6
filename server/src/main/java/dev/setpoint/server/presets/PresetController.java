package dev.setpoint.server.presets;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.format.MergeResultJson;
import dev.setpoint.core.value.Value;
import dev.setpoint.server.config.Ids;
import dev.setpoint.server.config.Links;
import dev.setpoint.server.config.RequestJson;
import dev.setpoint.server.templates.TemplateCatalog;
import dev.setpoint.server.users.SetpointUser;
import dev.setpoint.store.Page;
import dev.setpoint.store.PresetQuery;
import dev.setpoint.store.StoredPreset;
import dev.setpoint.store.Visibility;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.util.RawValue;

/**
 * The seed's {@code /api/presets} paths, for both kinds of preset ({@code kind} tells them apart).
 * Lists keep the seed's JSON array body; the total and page links are in headers.
 */
@RestController
@RequestMapping("/api/presets")
@Tag(name = "presets")
class PresetController {

    private static final String DETACH = "When quality presets are based on this one and the change would "
            + "break them (a delete, or making a shared preset private): true copies its values into each of "
            + "them first; without it the change is refused with 409";

    private final PresetService presets;
    private final RenderedPresets rendered;
    private final Links links;
    private final TemplateCatalog templates;

    PresetController(PresetService presets, RenderedPresets rendered, Links links, TemplateCatalog templates) {
        this.presets = presets;
        this.rendered = rendered;
        this.links = links;
        this.templates = templates;
    }

    @GetMapping({"", "/"})
    @Operation(
            summary = "List the presets the caller can see",
            description = "A JSON array, as in the seed. X-Total-Count has the number of matches and Link "
                    + "(RFC 8288) the first, prev, next and last pages. Page with offset/limit or page/size "
                    + "(page counts from 0; size wins over limit).")
    @ApiResponse(
            responseCode = "200",
            description = "the presets of the page",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(type = "object"))))
    ResponseEntity<List<RawValue>> list(
            @AuthenticationPrincipal SetpointUser me,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String runtime,
            @Parameter(description = "matches name or description, case ignored")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "name, -name, updated_at, -updated_at, created_at, -created_at, id")
                    @RequestParam(required = false)
                    @Nullable
                    String sort,
            @RequestParam(required = false) @Nullable Integer offset,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        Paging paging = Paging.of(offset, limit, page, size);
        PresetQuery query = new PresetQuery(kind, category, runtime, q, sort, paging.offset(), paging.limit());
        Page<StoredPreset> result = presets.list(me.viewer(), query);
        return ResponseEntity.ok()
                .headers(PageLinks.headers(
                        links.to("/api/presets"),
                        result,
                        "kind",
                        query.kind(),
                        "category",
                        query.category(),
                        "runtime",
                        query.runtime(),
                        "q",
                        query.search(),
                        "sort",
                        sort == null ? null : query.sort()))
                .body(rendered(me, result.items()));
    }

    @GetMapping("/categories")
    @Operation(summary = "Every category among the presets the caller can see (for a filter)")
    List<String> categories(@AuthenticationPrincipal SetpointUser me) {
        return presets.categories(me.viewer());
    }

    @GetMapping("/resolve")
    @Operation(
            summary = "The preset a slug names for the caller: their own, else the system one, else the one "
                    + "another user shares with it; 409 listing owners and ids when several users share one")
    ResponseEntity<Value> resolve(@AuthenticationPrincipal SetpointUser me, @RequestParam String slug) {
        return withEtag(me, ResponseEntity.ok(), presets.bySlug(me.viewer(), slug));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One preset; its ETag is its revision")
    ResponseEntity<Value> get(@AuthenticationPrincipal SetpointUser me, @PathVariable long id) {
        return withEtag(me, ResponseEntity.ok(), presets.get(me.viewer(), id));
    }

    @GetMapping("/{id}/resolved")
    @Operation(
            summary = "A quality preset as it applies: its chain from the built-in level, the effective "
                    + "multipliers, and per function type each value with the preset that set it")
    Value resolved(@AuthenticationPrincipal SetpointUser me, @PathVariable long id) {
        return ResolvedJson.write(
                presets.get(me.viewer(), id), presets.resolved(me.viewer(), id), templates.registry());
    }

    @PostMapping(
            path = {"", "/"},
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a preset (private unless visibility is \"shared\")")
    ResponseEntity<Value> create(@AuthenticationPrincipal SetpointUser me, @RequestBody byte[] body) {
        StoredPreset created = presets.create(me.viewer(), RequestJson.parse(body));
        return withEtag(me, ResponseEntity.created(location(created)), created);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Update a preset partially: absent members keep, null clears; If-Match optional")
    ResponseEntity<Value> update(
            @AuthenticationPrincipal SetpointUser me,
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Parameter(description = DETACH) @RequestParam(defaultValue = "false") boolean detach,
            @RequestBody byte[] body) {
        StoredPreset updated =
                presets.update(me.viewer(), id, RequestJson.parse(body), Etags.revision(ifMatch), detach);
        return withEtag(me, ResponseEntity.ok(), updated);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a preset (system presets cannot be deleted: clone them)")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal SetpointUser me,
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Parameter(description = DETACH) @RequestParam(defaultValue = "false") boolean detach) {
        presets.delete(me.viewer(), id, Etags.revision(ifMatch), detach);
        return ResponseEntity.noContent().build();
    }

    record CloneRequest(@Nullable String name, @Nullable String visibility) {}

    @PostMapping("/{id}/clone")
    @Operation(summary = "Copy a preset (any the caller can see) into a new one the caller owns")
    ResponseEntity<Value> copy(
            @AuthenticationPrincipal SetpointUser me,
            @PathVariable long id,
            @RequestBody(required = false) @Nullable CloneRequest request) {
        String name = request == null ? null : request.name();
        Visibility visibility = request == null || request.visibility() == null
                ? Visibility.PRIVATE
                : Visibility.of(request.visibility());
        StoredPreset created = presets.copy(me.viewer(), id, name, visibility);
        return withEtag(me, ResponseEntity.created(location(created)), created);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import an export file (one preset or many), uploaded as the multipart field 'file'")
    ResponseEntity<List<Value>> importUpload(
            @AuthenticationPrincipal SetpointUser me,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String visibility)
            throws IOException {
        if (file.getOriginalFilename() != null
                && !file.getOriginalFilename().isEmpty()
                && !file.getOriginalFilename()
                        .toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".json")) {
            throw SetpointException.invalid(
                    "file", "upload a .json export file, not '" + file.getOriginalFilename() + "'");
        }
        return imported(me, file.getBytes(), visibility);
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import an export file sent as the JSON body; all or nothing")
    ResponseEntity<List<Value>> importBody(
            @AuthenticationPrincipal SetpointUser me,
            @RequestBody byte[] body,
            @RequestParam(required = false) @Nullable String visibility) {
        return imported(me, body, visibility);
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "Download one preset as preset-{name}.json")
    ResponseEntity<String> export(@AuthenticationPrincipal SetpointUser me, @PathVariable long id) {
        return download(presets.export(me.viewer(), id));
    }

    @GetMapping("/export")
    @Operation(summary = "Download many presets in the bulk envelope: ids=1,2,3, or every visible preset")
    ResponseEntity<String> exportAll(
            @AuthenticationPrincipal SetpointUser me, @RequestParam(required = false) @Nullable String ids) {
        return download(presets.exportAll(me.viewer(), ids == null ? null : Ids.list("ids", ids)));
    }

    record MergeRequest(
            @Nullable List<@Nullable Long> presetIds,
            @Nullable String mergeStrategy) {}

    @PostMapping("/merge")
    @Operation(summary = "Merge parameter presets in the order given (union, intersection or last_wins)")
    Map<String, Value> merge(@AuthenticationPrincipal SetpointUser me, @RequestBody MergeRequest request) {
        if (request.presetIds() == null) {
            throw SetpointException.invalid("/preset_ids", "preset_ids is required: the presets to merge, in order");
        }
        return MergeResultJson.encode(presets.merge(me.viewer(), request.presetIds(), request.mergeStrategy()))
                .members();
    }

    private ResponseEntity<List<Value>> imported(SetpointUser me, byte[] bytes, @Nullable String visibility) {
        Visibility chosen = visibility == null ? Visibility.PRIVATE : Visibility.of(visibility);
        List<StoredPreset> created = presets.importFile(me.viewer(), RequestJson.text(bytes), chosen);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(created.stream().map(p -> json(me, p)).toList());
    }

    private static ResponseEntity<String> download(PresetService.Export export) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.header(export.fileName()))
                .body(export.content());
    }

    private List<RawValue> rendered(SetpointUser me, List<StoredPreset> page) {
        List<@Nullable Integer> levels = presets.inheritedLevels(me.viewer(), page);
        List<RawValue> out = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            out.add(rendered.json(page.get(i), levels.get(i)));
        }
        return out;
    }

    private ResponseEntity<Value> withEtag(SetpointUser me, ResponseEntity.BodyBuilder response, StoredPreset preset) {
        return response.eTag(Etags.of(preset.revision())).body(json(me, preset));
    }

    private Value json(SetpointUser me, StoredPreset preset) {
        return PresetJson.write(preset, presets.inheritedLevel(me.viewer(), preset));
    }

    private URI location(StoredPreset preset) {
        return links.location("/api/presets/" + preset.id());
    }
}
