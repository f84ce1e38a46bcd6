package dev.setpoint.core.estimate;

import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.Resources;
import dev.setpoint.core.template.Template;

/**
 * Estimates from a template and a quality preset alone, before any run history exists (STORY-050's
 * multiplier model): time is the template's base time times the time multiplier, within 0.8x to
 * 1.5x; cost is base time times cost per second times the cost multiplier.
 */
public final class Estimator {

    static final double LOW_FACTOR = 0.8;
    static final double HIGH_FACTOR = 1.5;

    private Estimator() {}

    public static Estimate estimate(Template template, ResolvedQuality quality) {
        double expected = template.baseExecutionSeconds() * quality.timeMultiplier();
        double cost = template.baseExecutionSeconds() * template.costPerSecond() * quality.costMultiplier();
        return new Estimate(expected, expected * LOW_FACTOR, expected * HIGH_FACTOR, cost,
                scaledResources(template.resources(), quality));
    }

    /**
     * Scales each resource by the preset's factor for it, else by the resource multiplier. GPU counts
     * scale only by an explicit {@code gpu} factor: half a GPU is not a thing one can ask for.
     */
    public static Resources scaledResources(Resources base, ResolvedQuality quality) {
        double multiplier = quality.resourceMultiplier();
        return new Resources(
                base.cpu() * quality.resourceScaling().getOrDefault("cpu", multiplier),
                base.memory() * quality.resourceScaling().getOrDefault("memory", multiplier),
                base.gpu() * quality.resourceScaling().getOrDefault("gpu", 1.0),
                base.vram() * quality.resourceScaling().getOrDefault("gpu_memory", multiplier));
    }
}
