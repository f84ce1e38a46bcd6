package dev.setpoint.cli.apply;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.Table;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.compat.Compatibility;
import dev.setpoint.core.format.CompatibilityJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code setpoint check}: whether presets fit a template; exit 5 with every reason when they do not. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
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
            context.printJson(CompatibilityJson.encode(result));
        } else if (result.compatible()) {
            context.println("compatible");
        } else {
            Table table = new Table("CODE", "SOURCE", "PARAMETER", "MESSAGE");
            result.reasons()
                    .forEach(r -> table.row(
                            r.code(), r.source(), r.parameter().isEmpty() ? "-" : r.parameter(), r.message()));
            context.out().print("incompatible\n\n" + table.render());
        }
        return result.compatible() ? ExitCodes.OK : ExitCodes.INCOMPATIBLE;
    }
}
