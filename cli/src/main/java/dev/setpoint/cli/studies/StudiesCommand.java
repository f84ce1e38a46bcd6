package dev.setpoint.cli.studies;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code setpoint studies}: your tuning studies on a server, or without one the studies {@code
 * setpoint tune} ran in the data directory: listed, shown, cancelled, and a trial kept as a preset.
 */
@Command(
        name = "studies",
        mixinStandardHelpOptions = true,
        description = "List, show and cancel your tuning studies, and save a trial as a parameter preset; on a server "
                + "(--server, $SETPOINT_SERVER), or without one the studies setpoint tune ran in the data directory.",
        subcommands = {
            StudiesListCommand.class,
            StudiesShowCommand.class,
            StudiesCancelCommand.class,
            StudiesSavePresetCommand.class
        })
public final class StudiesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a subcommand is needed: list, show, cancel or save-preset");
    }
}
