package dev.setpoint.server.jobs;

import dev.setpoint.core.estimate.Estimate;
import dev.setpoint.core.estimate.Estimator;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.Template;
import dev.setpoint.store.JobEstimate;

/**
 * The one place a job's estimate comes from: every job records what it was promised. The history
 * model replaces {@link #MULTIPLIERS} here when it lands.
 */
@FunctionalInterface
public interface JobEstimates {

    /** STORY-050's multiplier model: the template's base time times the quality's time multiplier. */
    JobEstimates MULTIPLIERS = (template, quality, workUnits) -> {
        Estimate estimate = Estimator.estimate(template, quality);
        return new JobEstimate(estimate.expectedSeconds(), estimate.minSeconds(), estimate.maxSeconds(),
                "multipliers");
    };

    /**
     * @param workUnits the size of the work in the executor's unit, for models that scale with it
     */
    JobEstimate estimate(Template template, ResolvedQuality quality, double workUnits);
}
