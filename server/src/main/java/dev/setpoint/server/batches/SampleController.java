package dev.setpoint.server.batches;

import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.server.apply.ApplyRequests;
import dev.setpoint.server.users.SetpointUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A template's sample outputs per level, for the Quality page's preview: one shared comparison per template version. */
@RestController
@RequestMapping("/api/templates/{id}/samples")
@Tag(name = "templates")
class SampleController {

    private final SampleComparisons samples;
    private final ComparisonDocuments comparisons;
    private final ApplyRequests requests;

    SampleController(SampleComparisons samples, ComparisonDocuments comparisons, ApplyRequests requests) {
        this.samples = samples;
        this.comparisons = comparisons;
        this.requests = requests;
    }

    @GetMapping
    @Operation(
            summary = "The sample comparison of the template's version (id or id@version): the four levels on "
                    + "a fixed sample input and seed, made on the first request, then kept and shared")
    Value get(@AuthenticationPrincipal SetpointUser me, @PathVariable String id) {
        Template template = requests.template(id);
        return comparisons.document(samples.get(me.viewer(), template));
    }

    @PostMapping
    @Operation(summary = "Make the template's sample comparison again; 201 with the new one")
    ResponseEntity<Value> remake(@AuthenticationPrincipal SetpointUser me, @PathVariable String id) {
        Template template = requests.template(id);
        return ResponseEntity.status(201).body(comparisons.document(samples.remake(me.viewer(), template)));
    }
}
