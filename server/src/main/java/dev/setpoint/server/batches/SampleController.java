package dev.setpoint.server.batches;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.server.apply.ApplyRequests;
import dev.setpoint.server.config.Links;
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
    private final Links links;

    SampleController(SampleComparisons samples, ComparisonDocuments comparisons, ApplyRequests requests, Links links) {
        this.samples = samples;
        this.comparisons = comparisons;
        this.requests = requests;
        this.links = links;
    }

    @GetMapping
    @Operation(
            summary = "The sample comparison of the template's version (id or id@version): the four levels on "
                    + "a fixed sample input and seed, shared by everyone; 404 until one has been made (POST)")
    Value get(@PathVariable String id) {
        Template template = requests.template(id);
        return comparisons.document(samples.find(template).orElseThrow(() -> notMade(template)));
    }

    @PostMapping
    @Operation(
            summary = "Make the template's sample comparison, or make it again; 201 with the new one, or 200 "
                    + "with the one still running")
    ResponseEntity<Value> make(@AuthenticationPrincipal SetpointUser me, @PathVariable String id) {
        SampleComparisons.Made made = samples.make(me.viewer(), requests.template(id));
        Value document = comparisons.document(made.sample());
        return made.made()
                ? ResponseEntity.created(links.location(
                                "/api/comparisons/" + made.sample().id()))
                        .body(document)
                : ResponseEntity.ok(document);
    }

    private static SetpointException notMade(Template template) {
        return SetpointException.notFound(
                "id",
                "no sample outputs have been made yet for " + template.ref() + "; POST /api/templates/" + template.ref()
                        + "/samples makes them");
    }
}
