package dev.setpoint.core.format;

import dev.setpoint.core.preset.Names;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The quality preset shape (STORY-050 fields in snake_case). Null or absent optional members mean
 * "inherit" and output leaves them out; a value that is set, even {@code 1.0}, is written. Output
 * order: kind, id, name, description, category, level, base_preset, time_multiplier,
 * resource_multiplier, cost_multiplier, parameters, resource_scaling, metadata, is_system, is_custom.
 * {@code is_custom} (false for the built-in levels, true for every other) is output only, like
 * {@code is_system}: input ignores both.
 */
final class QualityPresetJson {

    private static final String ID_PREFIX = "custom_";
    private static final int MAX_ID_LENGTH = 64;

    private QualityPresetJson() {}

    static QualityPreset decode(Value.Obj json) {
        String name = Members.string(json, "name");
        String id = Members.string(json, "id");
        return new QualityPreset(
                id == null ? defaultId(name) : id,
                name,
                Members.string(json, "description"),
                level(json),
                Members.string(json, "base_preset"),
                Members.number(json, "time_multiplier"),
                Members.number(json, "resource_multiplier"),
                Members.number(json, "cost_multiplier"),
                parameters(json),
                scaling(json),
                Members.string(json, "category"),
                false,
                MetadataJson.decode(json.members().get("metadata")));
    }

    static Value.Obj encode(QualityPreset preset) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("kind", Value.of(preset.kind()));
        out.put("id", Value.of(preset.id()));
        out.put("name", Value.of(preset.name()));
        Members.putIfSet(out, "description", preset.description().isEmpty() ? null : preset.description());
        Members.putIfSet(out, "category", preset.category());
        Members.putIfSet(out, "level", preset.level() == null ? null : Value.of(preset.level()));
        Members.putIfSet(out, "base_preset", preset.basePreset());
        Members.putIfSet(out, "time_multiplier", preset.timeMultiplier());
        Members.putIfSet(out, "resource_multiplier", preset.resourceMultiplier());
        Members.putIfSet(out, "cost_multiplier", preset.costMultiplier());
        if (!preset.parameters().isEmpty()) {
            Map<String, Value> parameters = new LinkedHashMap<>();
            preset.parameters().forEach((type, params) -> parameters.put(type, new Value.Obj(params)));
            out.put("parameters", new Value.Obj(parameters));
        }
        if (!preset.resourceScaling().isEmpty()) {
            Map<String, Value> scaling = new LinkedHashMap<>();
            preset.resourceScaling().forEach((resource, factor) -> scaling.put(resource, Value.of(factor)));
            out.put("resource_scaling", new Value.Obj(scaling));
        }
        Members.putMetadataAndSystem(out, preset);
        out.put("is_custom", Value.of(!preset.system()));
        return new Value.Obj(out);
    }

    /** {@code custom_} and a slug of the name, cut to the id limit, so the same name gives the same id. */
    static String defaultId(@Nullable String name) {
        String id = ID_PREFIX + Names.slug(name == null ? "" : name);
        return id.length() <= MAX_ID_LENGTH
                ? id
                : id.substring(0, MAX_ID_LENGTH).replaceAll("-+$", "");
    }

    /** An integral level that fits an int; anything else is left to the schema, which bounds it to 1..4. */
    private static @Nullable Integer level(Value.Obj json) {
        if (json.members().get("level") instanceof Value.Num n
                && n.isIntegral()
                && n.value().abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            return n.value().intValue();
        }
        return null;
    }

    private static Map<String, Map<String, Value>> parameters(Value.Obj json) {
        Map<String, Map<String, Value>> parameters = new LinkedHashMap<>();
        Members.object(json, "parameters").forEach((type, params) -> {
            if (params instanceof Value.Obj object) {
                parameters.put(type, object.members());
            }
        });
        return parameters;
    }

    private static Map<String, Double> scaling(Value.Obj json) {
        Map<String, Double> scaling = new LinkedHashMap<>();
        Members.object(json, "resource_scaling").forEach((resource, factor) -> {
            if (factor instanceof Value.Num n) {
                scaling.put(resource, n.doubleValue());
            }
        });
        return scaling;
    }
}
