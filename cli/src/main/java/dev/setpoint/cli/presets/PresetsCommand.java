package dev.setpoint.cli.presets;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code setpoint presets}: quality presets and parameter presets. */
@Command(
        name = "presets",
        mixinStandardHelpOptions = true,
        description = "List and show presets.",
        subcommands = {PresetsListCommand.class, PresetsShowCommand.class})
public final class PresetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: list or show");
    }
}
