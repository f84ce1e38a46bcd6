package dev.setpoint.cli.apply;

import dev.setpoint.cli.Context;
import dev.setpoint.core.compat.Compatibility;
import dev.setpoint.core.estimate.AccuracyReport;
import dev.setpoint.core.estimate.Estimator;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Map;

/** Core's resolver over the built-in templates and presets, and the files named. */
final class LocalResolution implements Resolution {

    private final Context context;

    LocalResolution(Context context) {
        this.context = context;
    }

    @Override
    public Applied apply(RequestOptions request, MergeStrategy strategy, Map<String, Value> inputs) {
        RequestOptions.Selection s = request.select(context);
        return Applied.of(new Resolver().apply(new ApplyRequest(s.template(), s.quality(), s.presets(), strategy,
                inputs)));
    }

    @Override
    public Compatibility check(RequestOptions request) {
        RequestOptions.Selection s = request.select(context);
        return new Resolver().check(new ApplyRequest(s.template(), s.quality(), s.presets(), null, Map.of()));
    }

    @Override
    public Estimated estimate(RequestOptions request) {
        RequestOptions.Selection s = request.select(context);
        return new Estimated(s.template().ref(), s.quality().preset().id(), s.quality().preset().name(),
                s.quality().level(), Estimator.estimate(s.template(), s.quality()));
    }

    /** Runs are recorded by a server's jobs; offline there are none to report on yet. */
    @Override
    public AccuracyReport accuracy() {
        return AccuracyReport.of(List.of());
    }
}
