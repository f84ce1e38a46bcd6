package dev.setpoint.cli.presets;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.format.MergeResultJson;
import dev.setpoint.core.merge.Conflict;
import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.merge.MergeStrategy;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code setpoint merge [--strategy S] PRESET...}: the seed's merge endpoint on the command line. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = "Merge parameter presets into one search space, reporting conflicts.")
public final class MergeCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    JsonOption output;

    @Mixin
    ServerOption server;

    @Option(
            names = "--strategy",
            paramLabel = "S",
            defaultValue = "union",
            converter = StrategyConverter.class,
            description = "union (default), intersection or last_wins.")
    MergeStrategy strategy;

    @Parameters(
            paramLabel = "PRESET",
            arity = "1..*",
            description = {
                "Preset files, or system preset ids or names (high-throughput, \"Balanced\").",
                "With --server, server preset ids, slugs or names."
            })
    List<String> refs;

    public MergeCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        MergeResult result = PresetCatalog.of(context, server).merge(refs, strategy);
        if (output.json()) {
            context.printJson(MergeResultJson.encode(result));
        } else {
            context.out().print(text(result));
        }
        return 0;
    }

    private String text(MergeResult result) {
        StringBuilder out = new StringBuilder("Merged ")
                .append(String.join(", ", result.appliedPresets()))
                .append(" (")
                .append(strategy.id())
                .append(")\n\n");
        out.append(PresetText.candidates(result.parameters()));
        if (!result.conflicts().isEmpty()) {
            out.append("\nConflicts:\n");
            result.conflicts().stream()
                    .map(Conflict::message)
                    .forEach(m -> out.append("  ").append(m).append('\n'));
        }
        return out.append("\nGrid size: ")
                .append(result.gridSize())
                .append('\n')
                .toString();
    }
}
