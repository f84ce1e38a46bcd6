package dev.setpoint.cli.templates;

import dev.setpoint.core.quality.BuiltinLevels;
import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A template as JSON, with the member names of the template YAML format. */
final class TemplateJson {

    private TemplateJson() {}

    static Value.Obj of(Template template) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("id", Value.of(template.id()));
        out.put("version", Value.of(template.version()));
        out.put("name", Value.of(template.name()));
        out.put("description", Value.of(template.description()));
        out.put("category", Value.of(template.category().id()));
        if (template.runtime() != null) {
            out.put("runtime", Value.of(template.runtime()));
        }
        Map<String, Value> inputs = new LinkedHashMap<>();
        template.inputs().forEach((name, spec) -> inputs.put(name, input(spec)));
        out.put("inputs", new Value.Obj(inputs));
        Map<String, Value> resources = new LinkedHashMap<>();
        resources.put("cpu", Value.of(template.resources().cpu()));
        resources.put("memory", Value.of(template.resources().memory()));
        resources.put("gpu", Value.of(template.resources().gpu()));
        resources.put("vram", Value.of(template.resources().vram()));
        out.put("resources", new Value.Obj(resources));
        out.put("base_execution_time", Value.of(template.baseExecutionSeconds()));
        out.put("cost_per_second", Value.of(template.costPerSecond()));
        Map<String, Value> quality = new LinkedHashMap<>();
        template.qualityMapping().forEach((level, params) ->
                quality.put(BuiltinLevels.ofLevel(level).id(), new Value.Obj(params)));
        out.put("quality", new Value.Obj(quality));
        return new Value.Obj(out);
    }

    private static Value input(InputSpec spec) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("type", Value.of(spec.type().id()));
        out.put("required", Value.of(spec.required()));
        putIfSet(out, "default", spec.defaultValue());
        putIfSet(out, "min", spec.min());
        putIfSet(out, "max", spec.max());
        putIfSet(out, "min_length", spec.minLength() == null ? null : Value.of(spec.minLength()));
        putIfSet(out, "max_length", spec.maxLength() == null ? null : Value.of(spec.maxLength()));
        putIfSet(out, "multiple_of", spec.multipleOf());
        if (!spec.values().isEmpty()) {
            out.put("values", Value.arr(spec.values()));
        }
        if (spec.items() != null) {
            out.put("items", Value.of(spec.items().id()));
        }
        out.put("description", Value.of(spec.description()));
        return new Value.Obj(out);
    }

    private static void putIfSet(Map<String, Value> out, String name, BigDecimal number) {
        putIfSet(out, name, number == null ? null : Value.of(number));
    }

    private static void putIfSet(Map<String, Value> out, String name, Value value) {
        if (value != null) {
            out.put(name, value);
        }
    }
}
