package dev.setpoint.server.apply;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.JobSubmission;
import dev.setpoint.server.presets.PresetService;
import dev.setpoint.server.templates.TemplateCatalog;
import dev.setpoint.store.PresetRevision;
import dev.setpoint.store.PresetStore;
import dev.setpoint.store.StoredPreset;
import dev.setpoint.store.Viewer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The one way a request body becomes core's apply request, for apply, estimate and jobs alike. */
@Component
public class ApplyRequests {

    private final PresetService presets;
    private final PresetStore store;
    private final TemplateCatalog templates;

    ApplyRequests(PresetService presets, PresetStore store, TemplateCatalog templates) {
        this.presets = presets;
        this.store = store;
        this.templates = templates;
    }

    /**
     * @param template {@code id} (latest version) or {@code id@version}
     * @param quality a level ({@code high}), a custom preset's slug, or a preset's numeric id; standard if absent
     * @param presetIds parameter presets merged in, in this order
     * @param inputs explicit values; they always win
     */
    public record ApplyBody(
            @Nullable String template,
            @Nullable Value quality,
            @Nullable List<@Nullable Long> presetIds,
            @Nullable String mergeStrategy,
            @Nullable Map<String, Value> inputs) {}

    /** Looks up the template and the presets the viewer can see; NOT_FOUND for others' private ones. */
    public ApplyRequest resolve(Viewer viewer, ApplyBody body) {
        return new ApplyRequest(
                template(templates, body.template()),
                presets.quality(viewer, body.quality()),
                body.presetIds() == null ? List.of() : presets.parameterPresets(viewer, body.presetIds()),
                body.mergeStrategy() == null ? MergeStrategy.UNION : MergeStrategy.of(body.mergeStrategy()),
                body.inputs() == null ? Map.of() : body.inputs());
    }

    /** A job to submit for the body: its request resolved, and the stored presets it uses at their revisions now. */
    public JobSubmission submission(Viewer viewer, ApplyBody body) {
        ApplyRequest request = resolve(viewer, body);
        List<Long> presetIds = body.presetIds() == null ? List.of() : body.presetIds();
        return new JobSubmission(
                request,
                presetIds,
                revisions(viewer, body.quality(), request.quality(), presetIds),
                new Value.Obj(body.inputs() == null ? Map.of() : new LinkedHashMap<>(body.inputs())));
    }

    /**
     * The presets the job uses at their current revisions: the quality preset (the one its numeric id
     * named, or the one its slug names for the viewer), then the parameter presets.
     */
    private List<PresetRevision> revisions(
            Viewer viewer, @Nullable Value selection, ResolvedQuality quality, List<Long> presetIds) {
        List<PresetRevision> revisions = new ArrayList<>();
        Optional<StoredPreset> qualityPreset = selection instanceof Value.Num n
                ? Optional.of(presets.get(viewer, n.value().longValueExact()))
                : store.findBySlug(viewer, quality.preset().id());
        qualityPreset.ifPresent(p -> revisions.add(revision(p)));
        for (Long presetId : presetIds) {
            revisions.add(revision(presets.get(viewer, presetId)));
        }
        return revisions;
    }

    private static PresetRevision revision(StoredPreset preset) {
        return new PresetRevision(preset.id(), preset.slug(), preset.revision());
    }

    /** The template {@code ref} names (at {@code /template}, which is required). */
    public Template template(@Nullable String ref) {
        return template(templates, ref);
    }

    /** The template a request names at {@code /template}, which is required. */
    static Template template(TemplateCatalog templates, @Nullable String ref) {
        if (ref == null || ref.isBlank()) {
            throw SetpointException.invalid(
                    "/template", "template is required: an id such as sd-image, " + "or id@version");
        }
        return templates.registry().resolve(ref);
    }
}
