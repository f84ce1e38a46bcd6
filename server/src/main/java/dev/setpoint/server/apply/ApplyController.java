package dev.setpoint.server.apply;

import dev.setpoint.core.compat.Compatibility;
import dev.setpoint.core.estimate.Estimate;
import dev.setpoint.core.format.CompatibilityJson;
import dev.setpoint.core.format.EstimateJson;
import dev.setpoint.core.format.MergeResultJson;
import dev.setpoint.core.format.ProvenanceJson;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.ApplyResult;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.RunEstimates;
import dev.setpoint.server.apply.ApplyRequests.ApplyBody;
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
        out.put("provenance", ProvenanceJson.encode(result.provenance()));
        out.put("conflicts", MergeResultJson.conflicts(result.conflicts()));
        out.put("estimate", EstimateJson.figures(estimate));
        return out;
    }

    @PostMapping("/api/compatibility")
    @Operation(summary = "Whether the presets fit the template, with every reason they do not")
    Map<String, Value> compatibility(@AuthenticationPrincipal SetpointUser me, @RequestBody ApplyBody body) {
        Compatibility compatibility = resolver.check(requests.resolve(me.viewer(), body));
        return CompatibilityJson.encode(compatibility).members();
    }

    @PostMapping("/api/estimate")
    @Operation(
            summary = "Expected time with its range, cost and scaled resources of one run, from this "
                    + "template's run history at that quality once it has some, else from the multipliers")
    Map<String, Value> estimate(@AuthenticationPrincipal SetpointUser me, @RequestBody ApplyBody body) {
        ApplyRequest request = requests.resolve(me.viewer(), body);
        return EstimateJson.encode(
                        request.template().ref(),
                        request.quality().preset().id(),
                        request.quality().level(),
                        estimates.estimate(request))
                .members();
    }

    @GetMapping("/api/estimates/accuracy")
    @Operation(summary = "Estimated against measured run time of every finished run, per template and overall")
    Value accuracy() {
        return estimates.accuracy().toValue();
    }
}
