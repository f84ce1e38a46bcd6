package dev.setpoint.cli.apply;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.DataDirOption;
import dev.setpoint.cli.jobs.DataDirectory;
import dev.setpoint.core.compat.Compatibility;
import dev.setpoint.core.estimate.AccuracyReport;
import dev.setpoint.core.estimate.Estimate;
import dev.setpoint.core.estimate.RunHistory;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.ExecutorLookup;
import dev.setpoint.jobs.RunEstimates;
import dev.setpoint.store.Database;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Core's resolver over the built-in templates and presets, and the files named. Estimates learn from
 * the runs {@code setpoint run} recorded in the data directory, as a server's learn from its jobs;
 * a data directory without a database is not created just to find it empty.
 */
final class LocalResolution implements Resolution {

    private final Context context;
    private final DataDirOption dataDir;

    /** @param dataDir read only by estimates */
    LocalResolution(Context context, DataDirOption dataDir) {
        this.context = context;
        this.dataDir = dataDir;
    }

    @Override
    public Applied apply(RequestOptions request, MergeStrategy strategy, Map<String, Value> inputs) {
        RequestOptions.Selection s = request.select(context);
        return Applied.of(new Resolver().apply(s.request(strategy, inputs)));
    }

    @Override
    public Compatibility check(RequestOptions request) {
        RequestOptions.Selection s = request.select(context);
        return new Resolver().check(s.request(null, Map.of()));
    }

    @Override
    public Estimated estimate(RequestOptions request, MergeStrategy strategy, Map<String, Value> inputs) {
        RequestOptions.Selection s = request.select(context);
        ApplyRequest applyRequest = s.request(strategy, inputs);
        DataDirectory data = DataDirectory.of(context, dataDir);
        // No runs recorded yet: the same estimate, from an empty history (the multipliers, scaled by the work).
        Estimate estimate = data.hasDatabase()
                ? withRuns(data, runs -> runs.estimate(applyRequest))
                : new RunEstimates(RunHistory.EMPTY, ExecutorLookup.runner()).estimate(applyRequest);
        return new Estimated(
                s.template().ref(),
                s.quality().preset().id(),
                s.quality().preset().name(),
                s.quality().level(),
                estimate);
    }

    @Override
    public AccuracyReport accuracy() {
        DataDirectory data = DataDirectory.of(context, dataDir);
        return data.hasDatabase() ? withRuns(data, RunEstimates::accuracy) : AccuracyReport.of(List.of());
    }

    private static <T> T withRuns(DataDirectory data, Function<RunEstimates, T> read) {
        try (Database database = data.open()) {
            return read.apply(RunEstimates.learningFrom(database.jobs(), ExecutorLookup.runner()));
        }
    }
}
