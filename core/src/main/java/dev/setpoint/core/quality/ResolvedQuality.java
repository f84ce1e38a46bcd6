package dev.setpoint.core.quality;

import dev.setpoint.core.preset.QualityPreset;
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
}
