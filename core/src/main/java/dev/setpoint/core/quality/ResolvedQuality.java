package dev.setpoint.core.quality;

import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A quality preset with its inheritance chain resolved: every inherited field has its effective value.
 *
 * @param chain the built-in root first, the selected preset last
 * @param resourceScaling effective scaling factors; a later preset in the chain wins per resource
 * @param category the function type the chain is restricted to, or {@code null} for any
 */
public record ResolvedQuality(
        QualityPreset preset,
        List<QualityPreset> chain,
        int level,
        double timeMultiplier,
        double resourceMultiplier,
        double costMultiplier,
        Map<String, Double> resourceScaling,
        @Nullable String category) {

    public ResolvedQuality {
        chain = List.copyOf(chain);
        resourceScaling = Map.copyOf(resourceScaling);
    }

    /** The built-in level the chain stands on. */
    public QualityPreset root() {
        return chain.get(0);
    }

    /** The custom presets of the chain, base first (empty for a built-in). */
    public List<QualityPreset> customs() {
        return chain.subList(1, chain.size());
    }

    /**
     * The preset with its custom bases folded in: no {@code basePreset}, the chain's level, and every
     * value a custom preset of the chain sets (a later one winning, as in resolution). It stands on
     * the same built-in, so it resolves and applies exactly as the chain did, without needing its
     * bases; what every custom link left unset still comes from that built-in.
     */
    public QualityPreset standalone() {
        Map<String, Map<String, Value>> parameters = new LinkedHashMap<>();
        Map<String, Double> scaling = new LinkedHashMap<>();
        Double time = null;
        Double resource = null;
        Double cost = null;
        String folded = null;
        for (QualityPreset link : customs()) {
            link.parameters()
                    .forEach((type, values) -> parameters
                            .computeIfAbsent(type, t -> new LinkedHashMap<>())
                            .putAll(values));
            scaling.putAll(link.resourceScaling());
            time = link.timeMultiplier() != null ? link.timeMultiplier() : time;
            resource = link.resourceMultiplier() != null ? link.resourceMultiplier() : resource;
            cost = link.costMultiplier() != null ? link.costMultiplier() : cost;
            folded = link.category() != null ? link.category() : folded;
        }
        return new QualityPreset(
                preset.id(),
                preset.name(),
                preset.description(),
                level,
                null,
                time,
                resource,
                cost,
                parameters,
                scaling,
                folded,
                preset.system(),
                preset.metadata());
    }

    /** A value the chain gives a parameter, and the id of the preset that set it. */
    public record Setting(Value value, String setBy) {}

    /**
     * The values the chain gives {@code functionType} before any template applies its own: the
     * built-in level's (or the nearest lower level's, as the resolver takes them), then each custom
     * preset's, base first; a later preset's value wins.
     */
    public Map<String, Setting> parameters(String functionType) {
        Map<String, Setting> out = new LinkedHashMap<>();
        BuiltinLevels.definingValues(level, functionType).ifPresent(builtin -> set(out, builtin, functionType));
        customs().forEach(custom -> set(out, custom, functionType));
        return out;
    }

    private static void set(Map<String, Setting> out, QualityPreset preset, String functionType) {
        preset.parametersFor(functionType).forEach((name, value) -> out.put(name, new Setting(value, preset.id())));
    }
}
