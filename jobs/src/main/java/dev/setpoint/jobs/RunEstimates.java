package dev.setpoint.jobs;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.estimate.AccuracyReport;
import dev.setpoint.core.estimate.Estimate;
import dev.setpoint.core.estimate.HistoryEstimator;
import dev.setpoint.core.estimate.RunHistory;
import dev.setpoint.core.estimate.Work;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.ApplyResult;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.template.InputType;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.RunSpec;
import dev.setpoint.store.JobEstimate;
import dev.setpoint.store.JobStore;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where estimates come from, for {@code /api/estimate} and every job alike: the history model over this
 * machine's finished runs, with the size of the work measured by the template's own executor against
 * the work of the template's defaults at the same quality. A template that cannot run here is
 * estimated without a work size.
 */
public final class RunEstimates implements JobEstimates {

    /** Work units need no directory; the executors only read the parameters. */
    private static final Path NO_DIRECTORY = Path.of("");

    private final HistoryEstimator estimator;
    private final ExecutorLookup executors;
    private final Resolver resolver = new Resolver();

    public RunEstimates(RunHistory history, ExecutorLookup executors) {
        this.estimator = new HistoryEstimator(history);
        this.executors = executors;
    }

    /** Estimates that learn from the succeeded jobs in {@code store}. */
    public static RunEstimates learningFrom(JobStore store, ExecutorLookup executors) {
        return new RunEstimates(new StoredRunHistory(store), executors);
    }

    /** The estimate of a request, whose required inputs may still be missing. */
    public Estimate estimate(ApplyRequest request) {
        return predict(request.template(), request.quality(), resolver.partialParameters(request));
    }

    /** The estimate of an applied request, from the parameters it resolved to. */
    public Estimate estimate(ApplyResult result) {
        return predict(result.template(), result.quality(), result.parameters());
    }

    /** A job's estimate, from the work its executor already measured. */
    @Override
    public JobEstimate estimate(Template template, ResolvedQuality quality, Executor executor, double workUnits) {
        Estimate estimate = predict(template, quality, executor, workUnits);
        return new JobEstimate(
                estimate.expectedSeconds(),
                estimate.minSeconds(),
                estimate.maxSeconds(),
                estimate.basis().id());
    }

    public AccuracyReport accuracy() {
        return estimator.accuracy();
    }

    private Estimate predict(Template template, ResolvedQuality quality, Map<String, Value> parameters) {
        Executor executor;
        try {
            executor = executors.executorFor(template);
        } catch (SetpointException unavailable) {
            return estimator.estimate(template, quality);
        }
        return predict(
                template,
                quality,
                executor,
                executor.workUnits(new RunSpec(template, sizable(template, parameters), NO_DIRECTORY)));
    }

    /** From {@code workUnits} against the work of the template's defaults at the same quality. */
    private Estimate predict(Template template, ResolvedQuality quality, Executor executor, double workUnits) {
        Map<String, Value> reference = resolver.partialParameters(ApplyRequest.of(template, quality, Map.of()));
        return estimator.estimate(
                template,
                quality,
                new Work(
                        workUnits,
                        executor.workUnits(new RunSpec(template, sizable(template, reference), NO_DIRECTORY))));
    }

    /**
     * The parameters with the shortest text the input accepts for each required text input not given
     * (a prompt, typically): the size of the work does not depend on what a prompt says, and an
     * estimate may be asked for before the prompt is written. Executors that check their parameters
     * (the HTTP backends') refuse a text shorter than its minimum length.
     */
    private static Map<String, Value> sizable(Template template, Map<String, Value> parameters) {
        Map<String, Value> sizable = new LinkedHashMap<>(parameters);
        template.inputs().forEach((name, input) -> {
            if (input.required() && input.type() == InputType.STRING) {
                sizable.putIfAbsent(name, Value.of("x".repeat(input.minLength() == null ? 0 : input.minLength())));
            }
        });
        return sizable;
    }
}
