package dev.setpoint.core.estimate;

import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.Resources;
import dev.setpoint.core.template.Template;

/**
 * Estimates from a template and a quality preset alone, before any run history exists (STORY-050's
 * multiplier model): time is the template's base time times the time multiplier, scaled by the work
 * the inputs ask for relative to the template's defaults, within 0.8x to 1.5x; cost is base time
 * times cost per second times the cost multiplier.
 */
public final class Estimator {

    static final double LOW_FACTOR = 0.8;
    static final double HIGH_FACTOR = 1.5;

    private Estimator() {}

    /** For the template's default work at this quality. */
    public static Estimate estimate(Template template, ResolvedQuality quality) {
        return estimate(template, quality, 1);
    }

    /** For a point whose work is {@code work.ratio()} times the template's default at this quality. */
    public static Estimate estimate(Template template, ResolvedQuality quality, Work work) {
        return estimate(template, quality, work.ratio());
    }

    private static Estimate estimate(Template template, ResolvedQuality quality, double workRatio) {
        double expected = template.baseExecutionSeconds() * quality.timeMultiplier() * workRatio;
        return new Estimate(
                expected,
                expected * LOW_FACTOR,
                expected * HIGH_FACTOR,
                cost(template, quality, expected),
                scaledResources(template.resources(), quality));
    }

    /**
     * What {@code seconds} of running cost at this quality. The cost multiplier prices a run and the
     * time multiplier sets its length, so their ratio is the price of one of its seconds relative to
     * standard: a run of exactly the multiplier estimate costs STORY-050's base time x cost per second x
     * cost multiplier, and a measured time is not multiplied by the level's length a second time.
     */
    public static double cost(Template template, ResolvedQuality quality, double seconds) {
        return seconds * template.costPerSecond() * quality.costMultiplier() / quality.timeMultiplier();
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
