package dev.setpoint.cli.apply;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.Decimals;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.Table;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.estimate.Estimate;
import dev.setpoint.core.template.Resources;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code setpoint estimate}: time, cost and resources of one run, from the multipliers. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Estimate the time, cost and resources of a run of a template at a quality.")
public final class EstimateCommand implements Callable<Integer> {

    private static final int SECONDS_SCALE = 2;
    private static final int COST_SCALE = 6;

    private final Context context;

    @Mixin
    JsonOption output;

    @Mixin
    RequestOptions request;

    @Mixin
    ServerOption server;

    public EstimateCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Estimated s = Resolution.of(context, server).estimate(request);
        Estimate e = s.estimate();
        if (output.json()) {
            context.printJson(json(s));
        } else {
            Resources r = e.resources();
            context.out().print(Table.pairs(
                    "template", s.template(),
                    "quality", s.qualityId() + " (" + s.qualityName() + ", level " + s.level() + ")",
                    "time", seconds(e.expectedSeconds()) + " s expected (" + seconds(e.minSeconds()) + " to "
                            + seconds(e.maxSeconds()) + " s)",
                    "cost", Decimals.rounded(e.cost(), COST_SCALE).toPlainString(),
                    "resources", "cpu " + seconds(r.cpu()) + ", memory " + seconds(r.memory()) + " GiB, gpu "
                            + seconds(r.gpu()) + ", vram " + seconds(r.vram()) + " GiB"));
        }
        return 0;
    }

    private static String seconds(double n) {
        return Decimals.rounded(n, SECONDS_SCALE).toPlainString();
    }

    private static Value json(Estimated s) {
        Estimate e = s.estimate();
        Map<String, Value> resources = new LinkedHashMap<>();
        resources.put("cpu", Decimals.value(e.resources().cpu(), SECONDS_SCALE));
        resources.put("memory_gib", Decimals.value(e.resources().memory(), SECONDS_SCALE));
        resources.put("gpu", Decimals.value(e.resources().gpu(), SECONDS_SCALE));
        resources.put("vram_gib", Decimals.value(e.resources().vram(), SECONDS_SCALE));
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("template", Value.of(s.template()));
        out.put("quality", Value.of(s.qualityId()));
        out.put("level", Value.of(s.level()));
        out.put("expected_seconds", Decimals.value(e.expectedSeconds(), SECONDS_SCALE));
        out.put("min_seconds", Decimals.value(e.minSeconds(), SECONDS_SCALE));
        out.put("max_seconds", Decimals.value(e.maxSeconds(), SECONDS_SCALE));
        out.put("cost", Decimals.value(e.cost(), COST_SCALE));
        out.put("resources", new Value.Obj(resources));
        return new Value.Obj(out);
    }
}
