package dev.setpoint.server.batches;

import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.BatchService;
import dev.setpoint.server.batches.ComparisonRequests.ComparisonBody;
import dev.setpoint.store.BatchRecord;
import dev.setpoint.store.Page;
import dev.setpoint.store.Viewer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The sample comparison of each template version: the four levels run once on a fixed sample input
 * (the template's defaults, a fixed text for a required text, and a fixed seed), shared by every
 * user, owned by none. Reading one never makes it: it is made, or made anew, only when asked, and
 * found again after a restart among the owner-less batches.
 */
@Component
class SampleComparisons {

    /** The seed every sample runs with. */
    static final long SEED = 1;

    /** What a required text input without a default is given. */
    static final String TEXT = "A lighthouse on a rocky coast at dusk";

    private static final int PAGE = 100;

    private final ComparisonRequests requests;
    private final ComparisonDocuments comparisons;
    private final BatchService batches;
    private final Map<String, UUID> made = new ConcurrentHashMap<>();

    SampleComparisons(ComparisonRequests requests, ComparisonDocuments comparisons, BatchService batches) {
        this.requests = requests;
        this.comparisons = comparisons;
        this.batches = batches;
    }

    /** What making a sample answered: the sample, and whether this request made it. */
    record Made(BatchRecord sample, boolean made) {}

    /** The template's sample if one has been made: the one this server made, else the newest stored. */
    synchronized Optional<BatchRecord> find(Template template) {
        UUID id = made.get(template.ref());
        return id != null ? Optional.of(batches.get(id)) : stored(template);
    }

    /**
     * Makes the template's sample, or makes it anew, which from then on is its sample; while one is
     * still running it is that one, so two requests at once make one sample, not two.
     */
    synchronized Made make(Viewer viewer, Template template) {
        Optional<BatchRecord> current = find(template);
        if (current.isPresent() && !current.get().ended()) {
            return new Made(current.get(), false);
        }
        ComparisonBody body = new ComparisonBody(
                template.ref(),
                inputs(template),
                null,
                null,
                null,
                null,
                template.inputs().containsKey("seed") ? SEED : null);
        BatchRecord sample = comparisons.submit(null, ComparisonDocuments.SAMPLE, requests.plan(viewer, body));
        made.put(template.ref(), sample.id());
        return new Made(sample, true);
    }

    /** The newest sample of the template stored by an earlier run of the server. */
    private Optional<BatchRecord> stored(Template template) {
        Value ref = Value.of(template.ref());
        for (int offset = 0; ; offset += PAGE) {
            Page<BatchRecord> page = batches.listOwnerless(offset, PAGE);
            Optional<BatchRecord> found = page.items().stream()
                    .filter(b -> b.kind().equals(ComparisonDocuments.SAMPLE)
                            && ref.equals(b.spec().members().get("template")))
                    .findFirst();
            if (found.isPresent()) {
                made.put(template.ref(), found.get().id());
                return found;
            }
            if (page.items().size() < PAGE) {
                return Optional.empty();
            }
        }
    }

    /** The sample input: what a required input without a default needs; the defaults do the rest. */
    static Map<String, Value> inputs(Template template) {
        Map<String, Value> inputs = new LinkedHashMap<>();
        template.inputs().forEach((name, spec) -> {
            if (spec.required() && spec.defaultValue() == null) {
                sample(spec).ifPresent(value -> inputs.put(name, value));
            }
        });
        return inputs;
    }

    private static Optional<Value> sample(InputSpec spec) {
        return switch (spec.type()) {
            case STRING ->
                Optional.of(Value.of(
                        spec.maxLength() != null && spec.maxLength() < TEXT.length()
                                ? TEXT.substring(0, spec.maxLength())
                                : TEXT));
            case INTEGER, NUMBER -> Optional.of(Value.of(spec.min() != null ? spec.min() : BigDecimal.ZERO));
            case ENUM -> spec.values().stream().findFirst();
            default -> Optional.empty();
        };
    }
}
