package dev.setpoint.server.apply;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Limits;
import dev.setpoint.core.value.Value;
import dev.setpoint.server.config.Ids;
import dev.setpoint.server.presets.PresetService;
import dev.setpoint.server.users.SetpointUser;
import dev.setpoint.store.StoredPreset;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which parameter presets fit a template, each judged on its own with its reasons and one sentence
 * in words: the Apply page's preset picker lists the fitting ones first and says why the others do
 * not, before they are chosen, in one call for every preset it offers.
 */
@RestController
@Tag(name = "apply")
class PresetFitController {

    private final ApplyRequests requests;
    private final PresetService presets;

    PresetFitController(ApplyRequests requests, PresetService presets) {
        this.requests = requests;
        this.presets = presets;
    }

    @GetMapping("/api/templates/{ref}/presets/fit")
    @Operation(
            summary = "Whether each parameter preset fits the template on its own, with every reason and "
                    + "a sentence saying why not")
    Value fit(
            @AuthenticationPrincipal SetpointUser me,
            @PathVariable String ref,
            @Parameter(description = "the parameter presets to judge, such as 1,2,3; answered in this order")
                    @RequestParam(required = false)
                    @Nullable
                    String ids) {
        Template template = requests.template(ref);
        List<Value> judged = ids(ids).stream()
                .map(id -> presets.get(me.viewer(), id))
                .map(stored -> PresetFit.json(template, stored, parameterPreset(stored)))
                .toList();
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("template", Value.of(template.ref()));
        out.put("presets", Value.arr(judged));
        return new Value.Obj(out);
    }

    private static List<Long> ids(@Nullable String text) {
        if (text == null) {
            throw SetpointException.invalid(
                    "ids", "ids is required: the parameter presets to judge, such as ids=1,2,3");
        }
        List<Long> ids = Ids.list("ids", text);
        if (ids.size() > Limits.MAX_MERGE_PRESETS) {
            throw new SetpointException(
                    Kind.TOO_LARGE, "ids", ids.size() + " presets; the limit is " + Limits.MAX_MERGE_PRESETS);
        }
        return ids;
    }

    private static ParameterPreset parameterPreset(StoredPreset stored) {
        if (stored.preset() instanceof ParameterPreset parameter) {
            return parameter;
        }
        throw SetpointException.invalid(
                "ids", "preset " + stored.id() + " is a quality preset; only parameter presets are judged here");
    }
}
