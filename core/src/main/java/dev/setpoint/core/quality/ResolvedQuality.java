package dev.setpoint.core.quality;

import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        String category) {

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
