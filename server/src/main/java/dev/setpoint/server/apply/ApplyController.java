package dev.setpoint.server.apply;

import dev.setpoint.core.format.TemplateJson;
import dev.setpoint.core.compat.Compatibility;
import dev.setpoint.core.compat.Incompatibility;
import dev.setpoint.core.estimate.Estimate;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.ApplyResult;
import dev.setpoint.core.resolve.Provenance;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.resolve.Source;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.RunEstimates;
import dev.setpoint.server.apply.ApplyRequests.ApplyBody;
import dev.setpoint.server.presets.MergeJson;
import dev.setpoint.server.users.SetpointUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Applying presets to a template, checking that they fit, and estimating a run (STORY-050). */
@RestController
@Tag(name = "apply")
class ApplyController {

    private final ApplyRequests requests;
    private final Resolver resolver = new Resolver();
    private final RunEstimates estimates;

    ApplyController(ApplyRequests requests, RunEstimates estimates) {
        this.requests = requests;
        this.estimates = estimates;
    }

    @PostMapping("/api/apply")
    @Operation(summary = "Final parameters with _quality_preset, where each value came from, and merge conflicts")
    Map<String, Object> apply(@AuthenticationPrincipal SetpointUser me, @RequestBody ApplyBody body) {
        ApplyResult result = resolver.apply(requests.resolve(me.viewer(), body));
        // The estimate /api/estimate and jobs give (run history once there is some), not the multipliers alone.
        return json(result, estimates.estimate(result));
    }

    /** The apply response: also what the quality preview shows for a preset and for its base. */
    static Map<String, Object> json(ApplyResult result, Estimate estimate) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("parameters", result.toValue());
        out.put("provenance", provenance(result.provenance()));
        out.put("conflicts", MergeJson.conflicts(result.conflicts()));
        out.put("estimate", estimate(estimate));
        return out;
    }

    @PostMapping("/api/compatibility")
    @Operation(summary = "Whether the presets fit the template, with every reason they do not")
    Map<String, Object> compatibility(@AuthenticationPrincipal SetpointUser me, @RequestBody ApplyBody body) {
        Compatibility compatibility = resolver.check(requests.resolve(me.viewer(), body));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("compatible", compatibility.compatible());
        out.put("reasons", compatibility.reasons().stream().map(ApplyController::reason).toList());
        return out;
    }

    @PostMapping("/api/estimate")
    @Operation(summary = "Expected time with its range, cost and scaled resources of one run, from this "
            + "template's run history at that quality once it has some, else from the multipliers")
    Map<String, Object> estimate(@AuthenticationPrincipal SetpointUser me, @RequestBody ApplyBody body) {
        ApplyRequest request = requests.resolve(me.viewer(), body);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("template", request.template().ref());
        out.put("quality", request.quality().preset().id());
        out.put("level", request.quality().level());
        out.putAll(estimate(estimates.estimate(request)));
        return out;
    }

    @GetMapping("/api/estimates/accuracy")
    @Operation(summary = "Estimated against measured run time of every finished run, per template and overall")
    Value accuracy() {
        return estimates.accuracy().toValue();
    }

    private static Map<String, Object> estimate(Estimate estimate) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("expected_seconds", estimate.expectedSeconds());
        out.put("min_seconds", estimate.minSeconds());
        out.put("max_seconds", estimate.maxSeconds());
        out.put("cost", estimate.cost());
        out.put("resources", TemplateJson.resources(estimate.resources()));
        out.put("basis", estimate.basis().id());
        out.put("runs_used", estimate.runsUsed());
        return out;
    }

    private static Map<String, Object> reason(Incompatibility reason) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", reason.code());
        out.put("source", reason.source());
        out.put("parameter", reason.parameter());
        out.put("message", reason.message());
        return out;
    }

    private static Value provenance(Map<String, Provenance> provenance) {
        Map<String, Value> out = new LinkedHashMap<>();
        provenance.forEach((name, p) -> {
            Map<String, Value> json = new LinkedHashMap<>();
            json.put("value", p.value());
            json.put("set_by", source(p.setBy(), null));
            json.put("overrode", Value.arr(p.overrode().stream().map(o -> source(o.source(), o.value())).toList()));
            json.put("rules", Value.arr(p.rules().stream().map(ApplyController::rule).toList()));
            out.put(name, new Value.Obj(json));
        });
        return new Value.Obj(out);
    }

    private static Value source(Source source, Value value) {
        Map<String, Value> json = new LinkedHashMap<>();
        json.put("layer", Value.of(source.layer()));
        json.put("name", Value.of(source.name()));
        json.put("description", Value.of(source.description()));
        if (value != null) {
            json.put("value", value);
        }
        return new Value.Obj(json);
    }

    private static Value rule(Provenance.RuleChange change) {
        Map<String, Value> json = new LinkedHashMap<>();
        json.put("rule", Value.of(change.rule()));
        json.put("from", change.from() == null ? Value.NULL : change.from());
        json.put("to", change.to() == null ? Value.NULL : change.to());
        json.put("why", Value.of(change.why()));
        return new Value.Obj(json);
    }
}
