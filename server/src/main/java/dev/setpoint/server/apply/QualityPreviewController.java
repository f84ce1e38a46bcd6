package dev.setpoint.server.apply;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.format.PresetCodec;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.ApplyResult;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.RunEstimates;
import dev.setpoint.server.presets.PresetService;
import dev.setpoint.server.templates.TemplateCatalog;
import dev.setpoint.server.users.SetpointUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A custom quality preset that is not saved yet, applied to a template next to its base: the
 * builder on the Quality page shows what it would change before anything is stored. The preset goes
 * through {@link PresetCodec} like a create would, and both sides through the one {@link Resolver}.
 */
@RestController
@Tag(name = "apply")
class QualityPreviewController {

    private final PresetService presets;
    private final TemplateCatalog templates;
    private final RunEstimates estimates;
    private final Resolver resolver = new Resolver();

    QualityPreviewController(PresetService presets, TemplateCatalog templates, RunEstimates estimates) {
        this.presets = presets;
        this.templates = templates;
        this.estimates = estimates;
    }

    /**
     * @param template {@code id} or {@code id@version}
     * @param preset a quality preset as {@code POST /api/presets} takes it ({@code kind} may be left out)
     * @param inputs explicit values, applied to both sides
     */
    record PreviewBody(
            @Nullable String template,
            @Nullable Value preset,
            @Nullable Map<String, Value> inputs) {}

    @PostMapping("/api/quality/preview")
    @Operation(
            summary = "An unsaved custom quality preset applied to a template, with its base, the diff and provenance")
    Map<String, Object> preview(@AuthenticationPrincipal SetpointUser me, @RequestBody PreviewBody body) {
        Template template = ApplyRequests.template(templates, body.template());
        QualityPreset preset = decode(body.preset());
        QualityCatalog catalog = presets.qualityCatalog(me.viewer());
        ResolvedQuality resolved = atPreset(() -> catalog.resolve(preset));
        String base = preset.basePreset() != null
                ? preset.basePreset()
                : resolved.root().id();
        Map<String, Value> inputs = body.inputs() == null ? Map.of() : body.inputs();
        ApplyResult result = resolver.apply(ApplyRequest.of(template, resolved, inputs));
        ApplyResult baseResult = resolver.apply(ApplyRequest.of(template, catalog.resolve(base), inputs));

        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("id", preset.id());
        about.put("name", preset.name());
        about.put("level", resolved.level());
        about.put("base", base);
        out.put("preset", about);
        // Both sides estimated as /api/apply and jobs are: from the run history once there is some.
        out.put("result", ApplyController.json(result, estimates.estimate(result)));
        out.put("base", ApplyController.json(baseResult, estimates.estimate(baseResult)));
        out.put("diff", diff(baseResult.parameters(), result.parameters()));
        return out;
    }

    private static QualityPreset decode(@Nullable Value body) {
        if (!(body instanceof Value.Obj object)) {
            throw SetpointException.invalid(
                    "/preset",
                    "preset is required: a quality preset object such as "
                            + "{\"name\": \"Crisp\", \"base_preset\": \"high\", \"parameters\": {...}}");
        }
        Map<String, Value> members = new LinkedHashMap<>(object.members());
        Value kind = members.putIfAbsent("kind", Value.of("quality"));
        if (kind != null && !kind.equals(Value.of("quality"))) {
            throw SetpointException.invalid(
                    "/preset/kind", "the preview takes a quality preset, not kind " + Json.write(kind));
        }
        return (QualityPreset) PresetCodec.decode(new Value.Obj(members), "/preset");
    }

    /** Core names problems of the preset relative to it; here they point into the request body. */
    private static <T> T atPreset(Supplier<T> step) {
        try {
            return step.get();
        } catch (SetpointException e) {
            throw new SetpointException(
                    e.kind(),
                    e.problems().stream()
                            .map(p -> new Problem("/preset" + p.path(), p.message()))
                            .toList());
        }
    }

    /** Every parameter whose value differs, in the preset's order, then any only the base has. */
    private static List<Map<String, Value>> diff(Map<String, Value> base, Map<String, Value> custom) {
        Set<String> names = new LinkedHashSet<>(custom.keySet());
        names.addAll(base.keySet());
        List<Map<String, Value>> out = new ArrayList<>();
        for (String name : names) {
            Value before = base.get(name);
            Value after = custom.get(name);
            if (before == null || !before.equals(after)) {
                Map<String, Value> entry = new LinkedHashMap<>();
                entry.put("parameter", Value.of(name));
                entry.put("base", before == null ? Value.NULL : before);
                entry.put("value", after == null ? Value.NULL : after);
                out.add(entry);
            }
        }
        return out;
    }
}
