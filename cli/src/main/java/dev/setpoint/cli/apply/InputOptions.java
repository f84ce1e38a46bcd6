package dev.setpoint.cli.apply;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.presets.StrategyConverter;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.value.Value;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** How parameter presets merge, and the user's own inputs: what apply, estimate and run share. */
public final class InputOptions {

    @Option(
            names = "--strategy",
            paramLabel = "S",
            defaultValue = "union",
            converter = StrategyConverter.class,
            description = "How parameter presets merge: union (default), intersection or last_wins.")
    MergeStrategy strategy;

    @Option(
            names = "--inputs",
            paramLabel = "JSON|@FILE",
            description = "Your inputs as a JSON object, inline or in a file; they win over every preset.")
    @Nullable
    String inputs;

    Map<String, Value> inputs(Context context) {
        return Inputs.parse(context, inputs);
    }
}
