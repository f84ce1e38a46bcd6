package dev.setpoint.core.estimate;

import dev.setpoint.core.template.Resources;

/**
 * What a run is expected to take and cost.
 *
 * @param expectedSeconds the point estimate
 * @param minSeconds lower end of the range
 * @param maxSeconds upper end of the range
 * @param cost expected cost, in the currency of the template's {@code cost_per_second}
 * @param resources the template's requirements scaled by the preset
 */
public record Estimate(double expectedSeconds, double minSeconds, double maxSeconds, double cost, Resources resources) {}
