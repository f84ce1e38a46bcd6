package dev.setpoint.core.resolve;

import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.Directives;
import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;

/**
 * Scaling after the calculators (STORY-050's global scaling): {@code resolution_scale} sizes width
 * and height, rounded to the template's multiple; a template that counts {@code iterations} rather
 * than {@code steps} has them scaled by the time multiplier.
 */
final class GlobalScaling {

    private GlobalScaling() {}

    static void apply(Working params, Template template, ResolvedQuality quality) {
        if (!template.inputs().containsKey(Directives.RESOLUTION_SCALE)) {
            BigDecimal scale = Numbers.of(params.remove(Directives.RESOLUTION_SCALE));
            if (scale != null && scale.compareTo(BigDecimal.ONE) != 0) {
                scale(
                        params,
                        template,
                        "width",
                        scale,
                        "global.resolution_scale",
                        "resolution_scale " + scale.toPlainString());
                scale(
                        params,
                        template,
                        "height",
                        scale,
                        "global.resolution_scale",
                        "resolution_scale " + scale.toPlainString());
            }
        }
        if (template.inputs().containsKey("iterations") && !template.inputs().containsKey("steps")) {
            BigDecimal multiplier = new BigDecimal(Double.toString(quality.timeMultiplier()));
            scale(
                    params,
                    template,
                    "iterations",
                    multiplier,
                    "global.iterations",
                    "time_multiplier " + multiplier.toPlainString());
        }
    }

    private static void scale(
            Working params, Template template, String name, BigDecimal factor, String rule, String why) {
        InputSpec spec = template.inputs().get(name);
        BigDecimal current = Numbers.of(params.get(name));
        if (spec != null && current != null) {
            BigDecimal scaled = Numbers.roundToMultiple(spec, current.multiply(factor));
            params.change(
                    name,
                    Value.of(scaled),
                    rule,
                    why + " scales " + current.toPlainString() + " to " + scaled.toPlainString());
        }
    }
}
