package dev.setpoint.core.preset;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.FunctionType;
import dev.setpoint.core.value.Limits;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A quality preset (STORY-050): per function type, one value per parameter, plus global multipliers
 * and resource scaling.
 *
 * <p>For custom presets every optional field may be {@code null}, meaning "inherit from
 * {@code basePreset}". A value that is set always wins over the base, even when it equals the
 * default: unlike the seed's sketch, a multiplier of {@code 1.0} is a value, not "unset".
 *
 * @param level 1 (draft) to 4 (ultra); {@code null} to inherit it from the base
 * @param basePreset id of the preset this one inherits from; {@code null} for built-ins and for
 *     custom presets that stand on the built-in of their {@code level} (standard by default)
 * @param parameters function type id to ordered parameter assignments
 * @param resourceScaling factors per resource ({@code cpu}, {@code memory}, {@code gpu},
 *     {@code gpu_memory}); unscaled resources use {@code resourceMultiplier}
 * @param category when set, the one function type this preset is meant for
 */
public record QualityPreset(
        String id,
        String name,
        String description,
        @Nullable Integer level,
        @Nullable String basePreset,
        @Nullable Double timeMultiplier,
        @Nullable Double resourceMultiplier,
        @Nullable Double costMultiplier,
        Map<String, Map<String, Value>> parameters,
        Map<String, Double> resourceScaling,
        @Nullable String category,
        boolean system,
        Metadata metadata)
        implements Preset {

    /** The resource names a preset may scale. */
    public static final Set<String> RESOURCES = Set.of("cpu", "memory", "gpu", "gpu_memory");

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 4;
    static final double MAX_MULTIPLIER = 1000;

    public QualityPreset {
        description = description == null ? "" : description;
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        parameters = copy(parameters);
        resourceScaling =
                resourceScaling == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(resourceScaling));
        List<Problem> problems = new ArrayList<>();
        if (id == null) {
            problems.add(new Problem(Pointer.of("id"), "a quality preset needs an id"));
        }
        Names.checkId(id, problems);
        Names.checkName(name, problems);
        if (level != null && (level < MIN_LEVEL || level > MAX_LEVEL)) {
            problems.add(new Problem(Pointer.of("level"), "level must be 1 (draft) to 4 (ultra), not " + level));
        }
        if (basePreset != null && basePreset.equals(id)) {
            problems.add(new Problem(Pointer.of("base_preset"), "a preset cannot be based on itself"));
        }
        checkMultiplier(Pointer.of("time_multiplier"), timeMultiplier, problems);
        checkMultiplier(Pointer.of("resource_multiplier"), resourceMultiplier, problems);
        checkMultiplier(Pointer.of("cost_multiplier"), costMultiplier, problems);
        resourceScaling.forEach((resource, factor) -> {
            if (!RESOURCES.contains(resource)) {
                problems.add(new Problem(
                        Pointer.of("resource_scaling", resource),
                        "unknown resource '" + resource + "'; expected cpu, memory, gpu or gpu_memory"));
            }
            checkMultiplier(Pointer.of("resource_scaling", resource), factor, problems);
        });
        if (category != null && !FunctionType.isKnown(category)) {
            problems.add(new Problem(
                    Pointer.of("category"),
                    "unknown function category '" + category + "'; expected one of " + FunctionType.ids()));
        }
        parameters.forEach((type, params) -> checkParameters(type, params, problems));
        SetpointException.throwIfAny(problems);
    }

    @Override
    public String kind() {
        return "quality";
    }

    /** This preset based on {@code base} instead, everything else the same. */
    public QualityPreset withBasePreset(@Nullable String base) {
        return new QualityPreset(
                id,
                name,
                description,
                level,
                base,
                timeMultiplier,
                resourceMultiplier,
                costMultiplier,
                parameters,
                resourceScaling,
                category,
                system,
                metadata);
    }

    /** This preset at {@code level}, everything else the same. */
    public QualityPreset withLevel(Integer level) {
        return new QualityPreset(
                id,
                name,
                description,
                level,
                basePreset,
                timeMultiplier,
                resourceMultiplier,
                costMultiplier,
                parameters,
                resourceScaling,
                category,
                system,
                metadata);
    }

    /** The parameters this preset itself sets for a function type (without inheritance). */
    public Map<String, Value> parametersFor(String functionType) {
        return parameters.getOrDefault(functionType, Map.of());
    }

    private static void checkMultiplier(String path, @Nullable Double value, List<Problem> problems) {
        if (value != null && (!Double.isFinite(value) || value <= 0 || value > MAX_MULTIPLIER)) {
            problems.add(new Problem(
                    path, "must be a number above 0 and at most " + (int) MAX_MULTIPLIER + ", not " + value));
        }
    }

    private static void checkParameters(String type, Map<String, Value> params, List<Problem> problems) {
        if (!FunctionType.isKnown(type)) {
            problems.add(new Problem(
                    Pointer.of("parameters", type),
                    "unknown function type '" + type + "'; expected one of " + FunctionType.ids()));
        }
        if (params.size() > Limits.MAX_PARAMETERS) {
            problems.add(new Problem(
                    Pointer.of("parameters", type),
                    params.size() + " parameters; the limit is " + Limits.MAX_PARAMETERS));
        }
        params.forEach((name, value) -> {
            Names.checkParameterName(Pointer.of("parameters", type, name), name, problems);
            if (value instanceof Value.Null) {
                problems.add(new Problem(Pointer.of("parameters", type, name), "a parameter value cannot be null"));
            }
        });
    }

    private static Map<String, Map<String, Value>> copy(Map<String, Map<String, Value>> parameters) {
        if (parameters == null) {
            return Map.of();
        }
        Map<String, Map<String, Value>> copy = new LinkedHashMap<>();
        parameters.forEach((type, params) -> copy.put(type, Collections.unmodifiableMap(new LinkedHashMap<>(params))));
        return Collections.unmodifiableMap(copy);
    }
}
