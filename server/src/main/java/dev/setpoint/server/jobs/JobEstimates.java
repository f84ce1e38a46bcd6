package dev.setpoint.server.jobs;

import dev.setpoint.core.estimate.Estimate;
import dev.setpoint.core.estimate.Estimator;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.JobEstimate;
import java.util.Map;

/**
 * Where a job's estimate comes from: every job records what it was promised. The server and
 * {@code setpoint run} use {@link RunEstimates}; {@link #MULTIPLIERS} serves benchmarks that should not learn.
 */
@FunctionalInterface
public interface JobEstimates {

    /** STORY-050's multiplier model: the template's base time times the quality's time multiplier. */
    JobEstimates MULTIPLIERS = (template, quality, parameters) -> {
        Estimate estimate = Estimator.estimate(template, quality);
        return new JobEstimate(estimate.expectedSeconds(), estimate.minSeconds(), estimate.maxSeconds(),
                "multipliers");
    };

    /** @param parameters the job's resolved parameters, whose work size the estimate scales with */
    JobEstimate estimate(Template template, ResolvedQuality quality, Map<String, Value> parameters);
}
