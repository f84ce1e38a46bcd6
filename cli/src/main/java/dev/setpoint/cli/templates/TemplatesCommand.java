package dev.setpoint.cli.templates;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code setpoint templates}: the function templates presets are applied to. */
@Command(
        name = "templates",
        mixinStandardHelpOptions = true,
        description = "List, show and validate templates.",
        subcommands = {TemplatesListCommand.class, TemplatesShowCommand.class, TemplatesValidateCommand.class})
public final class TemplatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: list, show or validate");
    }
}
