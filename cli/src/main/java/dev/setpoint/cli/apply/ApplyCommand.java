package dev.setpoint.cli.apply;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.remote.ServerOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code setpoint apply}: the final parameters of a template at a quality, with presets and inputs. */
@Command(
        name = "apply",
        mixinStandardHelpOptions = true,
        description = "Resolve the final parameters: template defaults, quality level, presets, then your inputs.")
public final class ApplyCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    JsonOption output;

    @Mixin
    RequestOptions request;

    @Mixin
    InputOptions given;

    @Mixin
    ServerOption server;

    @Option(
            names = "--explain",
            description = "Show which layer set each parameter, what it overrode and which rules changed it.")
    boolean explain;

    public ApplyCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Applied result = Resolution.of(context, server).apply(request, given.strategy, given.inputs(context));
        if (output.json()) {
            context.printJson(explain ? Explanation.json(result) : result.result());
        } else {
            context.out().print(explain ? Explanation.text(result) : Explanation.table(result));
        }
        return 0;
    }
}
