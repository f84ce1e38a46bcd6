package dev.setpoint.cli.apply;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.Table;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.compat.Compatibility;
import dev.setpoint.core.compat.Incompatibility;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code setpoint check}: whether presets fit a template; exit 5 with every reason when they do not. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check that a quality preset and parameter presets fit a template.")
public final class CheckCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    JsonOption output;

    @Mixin
    RequestOptions request;

    @Mixin
    ServerOption server;

    public CheckCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Compatibility result = Resolution.of(context, server).check(request);
        if (output.json()) {
            Map<String, Value> out = new LinkedHashMap<>();
            out.put("compatible", Value.of(result.compatible()));
            out.put("reasons", Value.arr(result.reasons().stream().map(CheckCommand::json).toList()));
            context.printJson(new Value.Obj(out));
        } else if (result.compatible()) {
            context.println("compatible");
        } else {
            Table table = new Table("CODE", "SOURCE", "PARAMETER", "MESSAGE");
            result.reasons().forEach(r -> table.row(r.code(), r.source(), r.parameter().isEmpty() ? "-" : r.parameter(),
                    r.message()));
            context.out().print("incompatible\n\n" + table.render());
        }
        return result.compatible() ? ExitCodes.OK : ExitCodes.INCOMPATIBLE;
    }

    private static Value json(Incompatibility reason) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("code", Value.of(reason.code()));
        out.put("source", Value.of(reason.source()));
        out.put("parameter", Value.of(reason.parameter()));
        out.put("message", Value.of(reason.message()));
        return new Value.Obj(out);
    }
}
