package dev.setpoint.runner;

import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run may report as its metrics: only the numbers its template declares, in the template's
 * order, each a finite number. A metric an executor could not measure is absent, never invented.
 */
public final class Metrics {

    private Metrics() {}

    /** The finite measurements whose names {@code template} declares, in its order. */
    public static Map<String, Value> declared(Template template, Map<String, Double> measured) {
        Map<String, Value> metrics = new LinkedHashMap<>();
        template.metrics().forEach(spec -> {
            Double value = measured.get(spec.name());
            if (value != null && Double.isFinite(value)) {
                metrics.put(spec.name(), Value.of(value));
            }
        });
        return metrics;
    }

    /** Whether {@code template} declares a metric of that name: what is not declared need not be measured. */
    public static boolean wanted(Template template, String name) {
        return template.metric(name).isPresent();
    }
}
