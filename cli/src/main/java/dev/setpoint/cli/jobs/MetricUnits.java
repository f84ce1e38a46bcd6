package dev.setpoint.cli.jobs;

import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.MetricSpec;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The units the templates of jobs declare for their metrics ({@code psnr} in {@code dB}), read once
 * per template. A template that is gone (removed since the job ran) declares none: its metrics are
 * shown without units.
 */
public final class MetricUnits {

    private final Function<String, Map<String, String>> declared;
    private final Map<String, Map<String, String>> read = new HashMap<>();

    private MetricUnits(Function<String, Map<String, String>> declared) {
        this.declared = ref -> {
            try {
                return declared.apply(ref);
            } catch (SetpointException e) {
                if (e.kind() != SetpointException.Kind.NOT_FOUND) {
                    throw e;
                }
                return Map.of();
            }
        };
    }

    /** From the templates this command reads (the built-in ones and {@code --templates}). */
    public static MetricUnits of(TemplateRegistry templates) {
        return new MetricUnits(ref -> {
            Map<String, String> units = new LinkedHashMap<>();
            for (MetricSpec metric : templates.resolve(ref).metrics()) {
                units.put(metric.name(), metric.unit());
            }
            return units;
        });
    }

    /** From the server's template documents ({@code GET /api/templates/{ref}}, its {@code metrics}). */
    public static MetricUnits of(Server server) {
        return new MetricUnits(ref -> {
            Value template = server.get("/api/templates/" + Server.segment(ref)).body();
            Map<String, String> units = new LinkedHashMap<>();
            if (ServerJson.member(template, "metrics") instanceof Value.Arr metrics) {
                for (Value metric : metrics.items()) {
                    units.put(ServerJson.text(metric, "name"), ServerJson.text(metric, "unit"));
                }
            }
            return units;
        });
    }

    /** The unit of {@code metric} in the template {@code templateRef}; empty when it declares none. */
    String of(String templateRef, String metric) {
        String unit = read.computeIfAbsent(templateRef, declared).get(metric);
        return unit == null ? "" : unit;
    }
}
