package dev.setpoint.core.template;

import dev.setpoint.core.value.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A function definition: typed inputs with defaults and ranges, the resources it needs, what it
 * costs, and its own parameters per quality level (templates are quality-aware).
 *
 * @param inputs input name to its specification, in declaration order (which is output order)
 * @param baseExecutionSeconds expected run time at standard quality
 * @param costPerSecond cost of one second of running, in the deployment's currency
 * @param qualityMapping level (1-4) to the parameters this template prefers at that level
 * @param runtime the inference engine this template drives, or {@code null}
 * @param execution how the template runs, or {@code null} when it cannot be run
 * @param metrics what its runs measure, in the order the template declares them
 */
public record Template(
        String id,
        String version,
        String name,
        String description,
        FunctionType category,
        Map<String, InputSpec> inputs,
        Resources resources,
        double baseExecutionSeconds,
        double costPerSecond,
        Map<Integer, Map<String, Value>> qualityMapping,
        @Nullable String runtime,
        @Nullable Execution execution,
        List<MetricSpec> metrics) {

    public Template {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(resources, "resources");
        description = description == null ? "" : description;
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        Map<Integer, Map<String, Value>> mapping = new LinkedHashMap<>();
        qualityMapping.forEach(
                (level, params) -> mapping.put(level, Collections.unmodifiableMap(new LinkedHashMap<>(params))));
        qualityMapping = Collections.unmodifiableMap(mapping);
        metrics = List.copyOf(metrics);
    }

    /** {@code id@version}, the reference that names exactly this template. */
    public String ref() {
        return id + "@" + version;
    }

    /** Whether Setpoint can run this template (it may still lack a tool at run time). */
    public boolean runnable() {
        return execution != null;
    }

    /** The declared metric of that name, if any. */
    public Optional<MetricSpec> metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /**
     * The input a parameter name sets here: the input of that name, else the one an engine template
     * maps the seed's name to ({@code tp-size} is vLLM's {@code tensor-parallel-size}); {@code name}
     * itself when neither applies.
     */
    public String inputName(String name) {
        if (inputs.containsKey(name) || !(execution instanceof Execution.Engine engine)) {
            return name;
        }
        return engine.seedNames().getOrDefault(name, name);
    }

    /** Why this template's engine has nothing like the seed's parameter {@code name}, if that is so. */
    public Optional<String> noEquivalent(String name) {
        return execution instanceof Execution.Engine engine && !inputs.containsKey(name)
                ? Optional.ofNullable(engine.noEquivalent().get(name))
                : Optional.empty();
    }

    /** This template's own parameters for a level; empty when it maps none. */
    public Map<String, Value> qualityParameters(int level) {
        return qualityMapping.getOrDefault(level, Map.of());
    }
}
