package dev.setpoint.server.apply;

import dev.setpoint.core.compat.Compatibility;
import dev.setpoint.core.compat.CompatibilityChecker;
import dev.setpoint.core.compat.Incompatibility;
import dev.setpoint.core.format.CompatibilityJson;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.StoredPreset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parameter preset judged against a template on its own: its reasons as {@code
 * /api/compatibility} gives them, and all of them in one sentence a newcomer can act on ("sets
 * tp-size, mem-fraction-static, which Image generation does not have"), since a picker has room for
 * a line per preset, not a list of problems.
 */
final class PresetFit {

    private PresetFit() {}

    /** {@code {"id", "name", "fits", "summary" (null when it fits), "reasons"}}. */
    static Value json(Template template, StoredPreset stored, ParameterPreset preset) {
        Compatibility compatibility = CompatibilityChecker.checkPreset(template, preset);
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("id", Value.of(stored.id()));
        out.put("name", Value.of(preset.name()));
        out.put("fits", Value.of(compatibility.compatible()));
        out.put("summary", compatibility.compatible() ? Value.NULL : Value.of(sentence(template, compatibility)));
        out.put("reasons", CompatibilityJson.encode(compatibility).members().get("reasons"));
        return new Value.Obj(out);
    }

    /** The parameters the template lacks named together first, then each other reason in its own words. */
    static String sentence(Template template, Compatibility compatibility) {
        List<String> unknown = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Incompatibility reason : compatibility.reasons()) {
            if (reason.code().equals("unknown_parameter")) {
                unknown.add(reason.parameter());
            } else {
                parts.add(part(template, reason));
            }
        }
        if (!unknown.isEmpty()) {
            parts.add(0, "sets " + String.join(", ", unknown) + ", which " + template.name() + " does not have");
        }
        return String.join("; ", parts);
    }

    /** One reason other than a missing parameter, naming its parameter once. */
    private static String part(Template template, Incompatibility reason) {
        String parameter = reason.parameter();
        return template.noEquivalent(parameter)
                .map(why -> "sets " + parameter + ", which " + template.name() + " has no equivalent of: " + why)
                .orElseGet(() -> parameter.isEmpty() ? reason.message() : parameter + " " + reason.message());
    }
}
