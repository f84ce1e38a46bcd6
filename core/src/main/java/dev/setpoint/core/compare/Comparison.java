package dev.setpoint.core.compare;

import dev.setpoint.core.template.MetricSpec;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A comparison: the same inputs and seed run at several levels, as its document shows it.
 *
 * @param id the comparison's id (its batch's)
 * @param templateId the template's ref ({@code sd-image@1})
 * @param inputs the inputs every level ran with
 * @param seed the seed every level ran with; {@code null} for a template without one
 * @param batch where the comparison's batch is
 * @param kind its batch's kind: {@code comparison}, or {@code sample} for a template's shared sample,
 *     whose batch is no one's to open
 * @param metrics the template's metric specs, in its order
 * @param results every level, in the comparison's order
 */
public record Comparison(
        String id,
        String templateId,
        Value.Obj inputs,
        @Nullable Long seed,
        String batch,
        String kind,
        List<MetricSpec> metrics,
        List<LevelResult> results) {

    public Comparison {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(kind, "kind");
        metrics = List.copyOf(metrics);
        results = List.copyOf(results);
    }

    public ComparisonAnalysis analysis() {
        return ComparisonAnalysis.of(
                metrics, results.stream().map(LevelResult::run).toList());
    }
}
