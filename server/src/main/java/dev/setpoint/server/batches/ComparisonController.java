package dev.setpoint.server.batches;

import dev.setpoint.core.value.Value;
import dev.setpoint.server.batches.ComparisonRequests.ComparisonBody;
import dev.setpoint.server.config.Links;
import dev.setpoint.server.jobs.JobOutputs;
import dev.setpoint.server.users.SetpointUser;
import dev.setpoint.store.BatchRecord;
import dev.setpoint.store.JobRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Comparisons: one template's inputs at several levels with one seed, and what each level measured. */
@RestController
@RequestMapping("/api/comparisons")
@Tag(name = "comparisons")
class ComparisonController {

    private final ComparisonRequests requests;
    private final ComparisonDocuments comparisons;
    private final Links links;

    ComparisonController(ComparisonRequests requests, ComparisonDocuments comparisons, Links links) {
        this.requests = requests;
        this.comparisons = comparisons;
        this.links = links;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Run the same inputs at each level (all four unless levels or quality_presets say) "
                    + "with one seed, as one batch; 201 with the comparison",
            description = "The seed is drawn once when absent. Problems point into the body: /levels/N, "
                    + "/quality_presets/N, /inputs/..., /template.")
    ResponseEntity<Value> submit(@AuthenticationPrincipal SetpointUser me, @RequestBody ComparisonBody body) {
        BatchRecord batch = comparisons.submit(
                me.viewer().userId(), ComparisonDocuments.COMPARISON, requests.plan(me.viewer(), body));
        return ResponseEntity.created(links.location("/api/comparisons/" + batch.id()))
                .body(comparisons.document(batch));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A comparison: per level its job, outputs, run time, cost and metrics, the time ratios "
                    + "against standard and the metrics gained per extra second against the level below")
    Value get(@AuthenticationPrincipal SetpointUser me, @PathVariable UUID id) {
        return comparisons.document(comparisons.find(me.viewer(), id));
    }

    @GetMapping("/{id}/jobs/{job}/outputs/{name}")
    @Operation(summary = "Download an output of one of the comparison's jobs (a sample's too) with its media type")
    ResponseEntity<Resource> output(
            @AuthenticationPrincipal SetpointUser me,
            @PathVariable UUID id,
            @PathVariable UUID job,
            @PathVariable String name) {
        JobRecord record = comparisons.job(comparisons.find(me.viewer(), id), job);
        return JobOutputs.response(record, name, comparisons.output(record, name));
    }
}
