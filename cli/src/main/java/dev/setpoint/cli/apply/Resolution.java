package dev.setpoint.cli.apply;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.DataDirOption;
import dev.setpoint.cli.presets.ServerPresets;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.compat.Compatibility;
import dev.setpoint.core.estimate.AccuracyReport;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.value.Value;
import java.util.Map;

/**
 * Where apply, check and estimate are computed: here, from the built-ins and files ({@link LocalResolution}),
 * or by a server from its templates and presets ({@link ServerResolution}).
 */
interface Resolution {

    static Resolution of(Context context, ServerOption server) {
        return of(context, server, new DataDirOption());
    }

    /** @param dataDir without a server, the data directory whose runs estimates learn from */
    static Resolution of(Context context, ServerOption server, DataDirOption dataDir) {
        return server.server(context)
                .<Resolution>map(s -> new ServerResolution(s, new ServerPresets(context, s)))
                .orElseGet(() -> new LocalResolution(context, dataDir));
    }

    Applied apply(RequestOptions request, MergeStrategy strategy, Map<String, Value> inputs);

    Compatibility check(RequestOptions request);

    Estimated estimate(RequestOptions request, MergeStrategy strategy, Map<String, Value> inputs);

    /** Estimated against measured time of the finished runs this side knows of. */
    AccuracyReport accuracy();
}
