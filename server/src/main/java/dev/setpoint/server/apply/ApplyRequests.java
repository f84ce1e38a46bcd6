package dev.setpoint.server.apply;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.server.presets.PresetService;
import dev.setpoint.server.templates.TemplateCatalog;
import dev.setpoint.store.Viewer;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The one way a request body becomes core's apply request, for apply, estimate and jobs alike. */
@Component
public class ApplyRequests {

    private final PresetService presets;
    private final TemplateCatalog templates;

    ApplyRequests(PresetService presets, TemplateCatalog templates) {
        this.presets = presets;
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

    /** The template a request names at {@code /template}, which is required. */
    static Template template(TemplateCatalog templates, @Nullable String ref) {
        if (ref == null || ref.isBlank()) {
            throw SetpointException.invalid(
                    "/template", "template is required: an id such as sd-image, " + "or id@version");
        }
        return templates.registry().resolve(ref);
    }
}
