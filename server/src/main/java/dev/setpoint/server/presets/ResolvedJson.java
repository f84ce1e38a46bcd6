package dev.setpoint.server.presets;

import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.FunctionType;
import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.InputType;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.StoredPreset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /api/presets/{id}/resolved}: a quality preset as it applies, before any template: its
 * chain from the built-in level up, the effective multipliers and scaling, and per function type
 * each value with the preset that set it and the input type templates of that type declare for it
 * (so that a page can show {@code 7.0} as a number with decimals, which a JSON parser turns into 7).
 */
final class ResolvedJson {

    private ResolvedJson() {}

    static Value.Obj write(StoredPreset stored, ResolvedQuality resolved, TemplateRegistry templates) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("id", Value.of(stored.id()));
        out.put("slug", Value.of(stored.slug()));
        out.put("level", Value.of(resolved.level()));
        out.put(
                "chain",
                Value.arr(resolved.chain().stream().map(ResolvedJson::link).toList()));
        out.put("category", resolved.category() == null ? Value.NULL : Value.of(resolved.category()));
        out.put("time_multiplier", Value.of(resolved.timeMultiplier()));
        out.put("resource_multiplier", Value.of(resolved.resourceMultiplier()));
        out.put("cost_multiplier", Value.of(resolved.costMultiplier()));
        Map<String, Value> scaling = new LinkedHashMap<>();
        resolved.resourceScaling().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> scaling.put(e.getKey(), Value.of(e.getValue())));
        out.put("resource_scaling", new Value.Obj(scaling));
        out.put("parameters", new Value.Obj(parameters(resolved, templates)));
        return new Value.Obj(out);
    }

    /**
     * The type the first template declaring {@code name} gives it (templates of one function type
     * agree in practice); for a parameter no template declares, a number spelled with decimals is a
     * number ({@code resolution_scale: 1.0}, which the calculator rules read).
     */
    private static Optional<InputType> inputType(List<Template> templates, String name, Value value) {
        Optional<InputType> declared = templates.stream()
                .map(t -> t.inputs().get(name))
                .filter(Objects::nonNull)
                .map(InputSpec::type)
                .findFirst();
        return declared.isPresent()
                        || !(value instanceof Value.Num n && n.value().scale() > 0)
                ? declared
                : Optional.of(InputType.NUMBER);
    }

    private static Value link(QualityPreset preset) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("slug", Value.of(preset.id()));
        out.put("name", Value.of(preset.name()));
        out.put("is_custom", Value.of(!preset.system()));
        return new Value.Obj(out);
    }

    /** Function types in their fixed order; only those the chain gives values, or its one category. */
    private static Map<String, Value> parameters(ResolvedQuality resolved, TemplateRegistry templates) {
        List<String> types = new ArrayList<>();
        for (FunctionType type : FunctionType.values()) {
            if (resolved.category() == null || resolved.category().equals(type.id())) {
                types.add(type.id());
            }
        }
        Map<String, Value> out = new LinkedHashMap<>();
        for (String type : types) {
            Map<String, Value> values = new LinkedHashMap<>();
            List<Template> ofType = templates.list(FunctionType.of(type));
            resolved.parameters(type).forEach((name, setting) -> {
                Map<String, Value> entry = new LinkedHashMap<>();
                entry.put("value", setting.value());
                entry.put("set_by", Value.of(setting.setBy()));
                inputType(ofType, name, setting.value()).ifPresent(t -> entry.put("type", Value.of(t.id())));
                values.put(name, new Value.Obj(entry));
            });
            if (!values.isEmpty()) {
                out.put(type, new Value.Obj(values));
            }
        }
        return out;
    }
}
