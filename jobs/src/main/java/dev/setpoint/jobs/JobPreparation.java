package dev.setpoint.jobs;

import dev.setpoint.core.resolve.ApplyResult;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.resolve.Seeds;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.RunSpec;
import dev.setpoint.store.JobEstimate;
import dev.setpoint.store.NewJob;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * What a submission becomes before it is stored, for a single job and for every item of a batch
 * alike: resolved like apply, given a seed if it asks for a random one ({@link Seeds}), checked to be
 * runnable here, and given its work size and estimate.
 */
final class JobPreparation {

    private final ExecutorLookup executors;
    private final JobFiles files;
    private final Resolver resolver = new Resolver();

    JobPreparation(ExecutorLookup executors, JobFiles files) {
        this.executors = executors;
        this.files = files;
    }

    /**
     * @throws dev.setpoint.core.SetpointException INCOMPATIBLE when the presets do not fit, CONFLICT
     *     when the template cannot run here (with the reason), INVALID when its executor refuses it
     */
    NewJob prepare(@Nullable Long ownerId, JobSubmission submission, JobEstimates estimates) {
        ApplyResult result = resolver.apply(submission.request());
        Template template = result.template();
        Executor executor = executors.executorFor(template);
        UUID id = UUID.randomUUID();
        Value.Obj parameters = new Value.Obj(
                new LinkedHashMap<>(Seeds.drawn(template, result.parameters(), ThreadLocalRandom.current())));
        RunSpec spec = new RunSpec(template, parameters.members(), files.directory(id));
        executor.check(spec);
        double workUnits = executor.workUnits(spec);
        JobEstimate estimate = estimates.estimate(template, result.quality(), executor, workUnits);
        return new NewJob(
                id,
                ownerId,
                template.ref(),
                result.quality().preset().id(),
                result.quality().level(),
                submission.presetIds(),
                submission.revisions(),
                submission.inputs(),
                parameters,
                estimate,
                workUnits);
    }
}
