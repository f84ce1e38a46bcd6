package dev.setpoint.server.batches;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.estimate.Estimator;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.Comparisons;
import dev.setpoint.jobs.JobSubmission;
import dev.setpoint.server.apply.ApplyRequests;
import dev.setpoint.server.apply.ApplyRequests.ApplyBody;
import dev.setpoint.store.Viewer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a comparison: one template's inputs, run at each level or quality preset asked with one
 * seed, as the items of a batch. The batch's spec keeps what the comparison document needs later:
 * the template, the inputs with the seed, and per item its level and what a second of it costs.
 */
@Component
class ComparisonRequests {

    /** The levels a comparison runs when it names none. */
    static final List<String> ALL_LEVELS = List.of("draft", "standard", "high", "ultra");

    /**
     * @param levels built-in levels (or custom presets' slugs); all four when neither this nor
     *     {@code qualityPresets} is given
     * @param qualityPresets custom quality presets by numeric id or slug, run after the levels
     * @param seed the seed every item runs with; drawn once when absent
     */
    record ComparisonBody(
            @Nullable String template,
            @Nullable Map<String, Value> inputs,
            @Nullable List<@Nullable String> levels,
            @Nullable List<@Nullable Value> qualityPresets,
            @Nullable List<@Nullable Long> presetIds,
            @Nullable String mergeStrategy,
            @Nullable Long seed) {}

    /**
     * A comparison ready to submit: the items in the comparison's order, and its spec.
     *
     * @param selections where in the body each item's level or preset was asked
     */
    record Planned(Template template, Value.Obj spec, List<JobSubmission> items, List<String> selections) {}

    private final ApplyRequests requests;
    /** Draws a comparison's seed when it gives none, as a job's is drawn. */
    private final RandomGenerator random = RandomGenerator.getDefault();

    ComparisonRequests(ApplyRequests requests) {
        this.requests = requests;
    }

    Planned plan(Viewer viewer, ComparisonBody body) {
        Template template = requests.template(body.template());
        Map<String, Value> inputs =
                Comparisons.seeded(template, body.inputs() == null ? Map.of() : body.inputs(), body.seed(), random);
        List<Problem> problems = new ArrayList<>();
        List<JobSubmission> items = new ArrayList<>();
        Map<String, Double> costPerSecond = new LinkedHashMap<>();
        List<String> pointers = new ArrayList<>();
        selections(body).forEach((at, selection) -> {
            if (selection == null || selection instanceof Value.Null) {
                problems.add(new Problem(at, "a level or quality preset cannot be null"));
                return;
            }
            try {
                JobSubmission item = requests.submission(
                        viewer,
                        new ApplyBody(template.ref(), selection, body.presetIds(), body.mergeStrategy(), inputs));
                String level = item.request().quality().preset().id();
                if (costPerSecond.containsKey(level)) {
                    problems.add(new Problem(at, level + " is asked for more than once"));
                    return;
                }
                items.add(item);
                pointers.add(at);
                costPerSecond.put(level, Estimator.cost(template, item.request().quality(), 1));
            } catch (SetpointException e) {
                problems.addAll(ItemProblems.under("", e).stream()
                        .map(p -> p.path().equals("/quality") ? new Problem(at, p.message()) : p)
                        .distinct()
                        .toList());
            }
        });
        SetpointException.throwIfAny(problems.stream().distinct().toList());
        return new Planned(
                template,
                Comparisons.spec(
                        template.ref(), new Value.Obj(inputs), Comparisons.seedOf(template, inputs), costPerSecond),
                items,
                pointers);
    }

    /** Pointer to each level or preset asked, in the comparison's order. */
    private static Map<String, @Nullable Value> selections(ComparisonBody body) {
        Map<String, @Nullable Value> out = new LinkedHashMap<>();
        List<@Nullable String> levels =
                body.levels() == null && body.qualityPresets() == null ? List.copyOf(ALL_LEVELS) : body.levels();
        if (levels != null) {
            for (int i = 0; i < levels.size(); i++) {
                String level = levels.get(i);
                out.put(Pointer.of("levels", String.valueOf(i)), level == null ? null : Value.of(level));
            }
        }
        List<@Nullable Value> presets = body.qualityPresets() == null ? List.of() : body.qualityPresets();
        for (int i = 0; i < presets.size(); i++) {
            out.put(Pointer.of("quality_presets", String.valueOf(i)), presets.get(i));
        }
        if (out.isEmpty()) {
            throw SetpointException.invalid("/levels", "a comparison needs at least one level or quality preset");
        }
        return out;
    }
}
