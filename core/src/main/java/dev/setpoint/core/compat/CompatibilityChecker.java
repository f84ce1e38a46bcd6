package dev.setpoint.core.compat;

import dev.setpoint.core.Problem;
import dev.setpoint.core.estimate.Estimator;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.Directives;
import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.Resources;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks presets against a template: unknown parameters, wrong types, values outside enums or
 * ranges, category and runtime mismatches, and scaled resources beyond the limits.
 *
 * <p>Built-in levels are universal: their parameters reach only the inputs a template declares, so
 * a parameter a template lacks is skipped rather than reported. Parameters a user wrote in a custom
 * or parameter preset are all checked.
 */
public final class CompatibilityChecker {

    private final Resources limits;

    public CompatibilityChecker(Resources limits) {
        this.limits = limits;
    }

    public Compatibility check(Template template, ResolvedQuality quality, List<ParameterPreset> presets) {
        List<Incompatibility> reasons = new ArrayList<>();
        String category = template.category().id();
        if (quality.category() != null && !quality.category().equals(category)) {
            reasons.add(new Incompatibility(
                    "category_mismatch",
                    quality.preset().id(),
                    "",
                    "is for " + quality.category() + " but template " + template.ref() + " is " + category));
        }
        for (QualityPreset link : quality.chain()) {
            checkValues(template, link.id(), link.parametersFor(category), link.system(), reasons);
        }
        for (ParameterPreset preset : presets) {
            checkParameterPreset(template, preset, reasons);
        }
        checkResources(template, quality, reasons);
        return new Compatibility(reasons);
    }

    /**
     * Whether one parameter preset fits the template on its own, whatever the quality: what a preset
     * picker shows for each preset before it is chosen.
     */
    public static Compatibility checkPreset(Template template, ParameterPreset preset) {
        List<Incompatibility> reasons = new ArrayList<>();
        checkParameterPreset(template, preset, reasons);
        return new Compatibility(reasons);
    }

    private static void checkParameterPreset(Template template, ParameterPreset preset, List<Incompatibility> reasons) {
        if (preset.runtime() != null && !preset.runtime().id().equals(template.runtime())) {
            reasons.add(new Incompatibility(
                    "runtime_mismatch",
                    preset.name(),
                    "",
                    "is for runtime "
                            + preset.runtime() + " but template " + template.ref() + " runs "
                            + (template.runtime() == null ? "no inference engine" : template.runtime())));
        }
        preset.parameters().forEach((name, candidates) -> {
            if (isKnown(template, name)) {
                candidates.forEach(candidate -> checkValue(template, preset.name(), name, candidate, reasons));
            } else {
                reasons.add(unknown(template, preset.name(), name));
            }
        });
    }

    // Built-in levels are universal: what a template lacks is skipped, not reported.
    private static void checkValues(
            Template template,
            String source,
            Map<String, Value> values,
            boolean builtin,
            List<Incompatibility> reasons) {
        values.forEach((name, value) -> {
            if (isKnown(template, name)) {
                checkValue(template, source, name, value, reasons);
            } else if (!builtin) {
                reasons.add(unknown(template, source, name));
            }
        });
    }

    /** An input (under its name or, for an engine template, the seed's) or a directive. */
    private static boolean isKnown(Template template, String name) {
        return template.inputs().containsKey(template.inputName(name)) || Directives.isDirective(name);
    }

    /** An unknown parameter; for an engine without the seed's parameter, why it has none. */
    private static Incompatibility unknown(Template template, String source, String name) {
        return template.noEquivalent(name)
                .map(reason -> new Incompatibility(
                        "no_equivalent",
                        source,
                        name,
                        "template " + template.ref() + " has no equivalent of '" + name + "': " + reason))
                .orElseGet(() -> new Incompatibility(
                        "unknown_parameter",
                        source,
                        name,
                        "template " + template.ref() + " has no input '" + name + "'"));
    }

    private static void checkValue(
            Template template, String source, String name, Value value, List<Incompatibility> reasons) {
        InputSpec spec = template.inputs().get(template.inputName(name));
        List<Problem> problems = spec != null ? spec.check(value) : Directives.check(name, value);
        problems.forEach(p -> reasons.add(new Incompatibility("invalid_value", source, name, p.message())));
    }

    private void checkResources(Template template, ResolvedQuality quality, List<Incompatibility> reasons) {
        Resources needed = Estimator.scaledResources(template.resources(), quality);
        exceeds("cpu", needed.cpu(), limits.cpu(), "cores", quality, reasons);
        exceeds("memory", needed.memory(), limits.memory(), "GiB", quality, reasons);
        exceeds("gpu", needed.gpu(), limits.gpu(), "GPUs", quality, reasons);
        exceeds("vram", needed.vram(), limits.vram(), "GiB", quality, reasons);
    }

    private static void exceeds(
            String resource,
            double needed,
            double limit,
            String unit,
            ResolvedQuality quality,
            List<Incompatibility> reasons) {
        if (needed > limit) {
            reasons.add(new Incompatibility(
                    "resources_exceeded",
                    quality.preset().id(),
                    resource,
                    String.format(
                            Locale.ROOT, "needs %.2f %s of %s; the limit is %.2f", needed, unit, resource, limit)));
        }
    }
}
