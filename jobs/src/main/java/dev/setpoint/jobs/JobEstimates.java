package dev.setpoint.jobs;

import dev.setpoint.core.estimate.Estimate;
import dev.setpoint.core.estimate.Estimator;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.Template;
import dev.setpoint.runner.Executor;
import dev.setpoint.store.JobEstimate;

/**
 * Where a job's estimate comes from: every job records what it was promised. The server and
 * {@code setpoint run} use {@link RunEstimates}; {@link #MULTIPLIERS} serves benchmarks that should not learn.
 */
@FunctionalInterface
public interface JobEstimates {

    /** STORY-050's multiplier model: the template's base time times the quality's time multiplier. */
    JobEstimates MULTIPLIERS = (template, quality, executor, workUnits) -> {
        Estimate estimate = Estimator.estimate(template, quality);
        return new JobEstimate(estimate.expectedSeconds(), estimate.minSeconds(), estimate.maxSeconds(), "multipliers");
    };

    /**
     * @param executor the executor the job will run on
     * @param workUnits the work of the job's parameters, as {@code executor} measured it
     */
    JobEstimate estimate(Template template, ResolvedQuality quality, Executor executor, double workUnits);
}
