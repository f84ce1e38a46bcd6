package dev.setpoint.core.format;

import dev.setpoint.core.quality.BuiltinLevels;
import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.MetricSpec;
import dev.setpoint.core.template.Resources;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A template as JSON, in the member names of the template YAML files, plus its {@code ref}; its
 * {@code metrics} are a list in declaration order.
 */
public final class TemplateJson {

    private TemplateJson() {}

    /** The short form for lists: no inputs or quality mapping. */
    public static Value.Obj summary(Template template) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("ref", Value.of(template.ref()));
        out.put("id", Value.of(template.id()));
        out.put("version", Value.of(template.version()));
        out.put("name", Value.of(template.name()));
        out.put("description", Value.of(template.description()));
        out.put("category", Value.of(template.category().id()));
        out.put("runtime", template.runtime() == null ? Value.NULL : Value.of(template.runtime()));
        return new Value.Obj(out);
    }

    public static Value.Obj full(Template template) {
        Map<String, Value> out = new LinkedHashMap<>(summary(template).members());
        Map<String, Value> inputs = new LinkedHashMap<>();
        template.inputs().forEach((name, spec) -> inputs.put(name, input(spec)));
        out.put("inputs", new Value.Obj(inputs));
        out.put("resources", resources(template.resources()));
        out.put("base_execution_time", Value.of(template.baseExecutionSeconds()));
        out.put("cost_per_second", Value.of(template.costPerSecond()));
        Map<String, Value> quality = new LinkedHashMap<>();
        template.qualityMapping()
                .forEach((level, params) ->
                        quality.put(BuiltinLevels.ofLevel(level).id(), new Value.Obj(params)));
        out.put("quality", new Value.Obj(quality));
        out.put(
                "metrics",
                Value.arr(template.metrics().stream().map(TemplateJson::metric).toList()));
        return new Value.Obj(out);
    }

    /** A declared metric: {@code name}, {@code unit}, {@code better} (higher, lower, none), {@code description}. */
    public static Value.Obj metric(MetricSpec metric) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("name", Value.of(metric.name()));
        out.put("unit", Value.of(metric.unit()));
        out.put("better", Value.of(metric.better().id()));
        out.put("description", Value.of(metric.description()));
        return new Value.Obj(out);
    }

    public static Value.Obj resources(Resources resources) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("cpu", Value.of(resources.cpu()));
        out.put("memory", Value.of(resources.memory()));
        out.put("gpu", Value.of(resources.gpu()));
        out.put("vram", Value.of(resources.vram()));
        return new Value.Obj(out);
    }

    private static Value input(InputSpec spec) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("type", Value.of(spec.type().id()));
        out.put("required", Value.of(spec.required()));
        putIfSet(out, "default", spec.defaultValue());
        putIfSet(out, "min", spec.min());
        putIfSet(out, "max", spec.max());
        putIfSet(out, "min_length", spec.minLength() == null ? null : BigDecimal.valueOf(spec.minLength()));
        putIfSet(out, "max_length", spec.maxLength() == null ? null : BigDecimal.valueOf(spec.maxLength()));
        putIfSet(out, "multiple_of", spec.multipleOf());
        if (!spec.values().isEmpty()) {
            out.put("values", Value.arr(spec.values()));
        }
        if (spec.items() != null) {
            out.put("items", Value.of(spec.items().id()));
        }
        if (!spec.description().isEmpty()) {
            out.put("description", Value.of(spec.description()));
        }
        return new Value.Obj(out);
    }

    private static void putIfSet(Map<String, Value> out, String name, @Nullable Value value) {
        if (value != null) {
            out.put(name, value);
        }
    }

    private static void putIfSet(Map<String, Value> out, String name, @Nullable BigDecimal value) {
        if (value != null) {
            out.put(name, Value.of(value));
        }
    }
}
