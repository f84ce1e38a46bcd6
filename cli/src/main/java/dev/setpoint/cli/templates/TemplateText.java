package dev.setpoint.cli.templates;

import dev.setpoint.cli.Decimals;
import dev.setpoint.cli.Table;
import dev.setpoint.core.quality.BuiltinLevels;
import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.InputType;
import dev.setpoint.core.template.Resources;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A template as text for people. */
final class TemplateText {

    private TemplateText() {}

    static String of(Template template) {
        StringBuilder out = new StringBuilder();
        out.append(template.ref()).append("  ").append(template.name()).append('\n');
        out.append(Table.pairs(
                "category",
                template.category().id(),
                "description",
                template.description().isEmpty() ? "-" : template.description(),
                "runtime",
                template.runtime() == null ? "-" : template.runtime(),
                "resources",
                resources(template.resources()),
                "base time",
                Decimals.plain(template.baseExecutionSeconds()) + " s",
                "cost/s",
                Decimals.plain(template.costPerSecond())));
        out.append('\n').append(inputs(template));
        out.append('\n').append(quality(template));
        return out.toString();
    }

    static String resources(Resources r) {
        return "cpu " + Decimals.plain(r.cpu()) + ", memory " + Decimals.plain(r.memory()) + " GiB, gpu "
                + Decimals.plain(r.gpu()) + ", vram " + Decimals.plain(r.vram()) + " GiB";
    }

    private static String inputs(Template template) {
        Table table = new Table("INPUT", "TYPE", "DEFAULT", "ALLOWED", "DESCRIPTION");
        template.inputs()
                .values()
                .forEach(spec -> table.row(
                        spec.name(),
                        type(spec),
                        spec.required()
                                ? "(required)"
                                : spec.defaultValue() == null ? "-" : Json.write(spec.defaultValue()),
                        allowed(spec),
                        spec.description()));
        return table.render();
    }

    private static String type(InputSpec spec) {
        return spec.type() == InputType.ARRAY && spec.items() != null
                ? "array of " + spec.items().id()
                : spec.type().id();
    }

    private static String allowed(InputSpec spec) {
        List<String> parts = new ArrayList<>();
        if (!spec.values().isEmpty()) {
            parts.add(spec.allowed());
        }
        if (spec.min() != null || spec.max() != null) {
            parts.add(range(
                    spec.min() == null ? null : Decimals.plain(spec.min()),
                    spec.max() == null ? null : Decimals.plain(spec.max())));
        }
        if (spec.multipleOf() != null) {
            parts.add("multiple of " + Decimals.plain(spec.multipleOf()));
        }
        if (spec.minLength() != null || spec.maxLength() != null) {
            String unit = spec.type() == InputType.ARRAY ? "items " : "length ";
            parts.add(unit
                    + range(
                            spec.minLength() == null ? null : spec.minLength().toString(),
                            spec.maxLength() == null ? null : spec.maxLength().toString()));
        }
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    private static String range(@Nullable String min, @Nullable String max) {
        if (min == null) {
            return "at most " + max;
        }
        return max == null ? "at least " + min : min + " to " + max;
    }

    private static String quality(Template template) {
        Table table = new Table("LEVEL", "TEMPLATE PARAMETERS");
        BuiltinLevels.ALL.forEach(
                level -> table.row(level.id(), assignments(template.qualityParameters(level.level()))));
        return table.render();
    }

    static String assignments(Map<String, Value> params) {
        return params.isEmpty()
                ? "-"
                : params.entrySet().stream()
                        .map(e -> e.getKey() + "=" + Json.write(e.getValue()))
                        .collect(Collectors.joining(", "));
    }
}
