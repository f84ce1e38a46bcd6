package dev.setpoint.cli.jobs;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code setpoint jobs}: a server's jobs, listed, shown or followed, and cancelled; without a server,
 * the jobs {@code setpoint run} ran in the data directory, listed and shown.
 */
@Command(
        name = "jobs",
        mixinStandardHelpOptions = true,
        description = "List, show, follow and cancel your jobs on a server (--server, $SETPOINT_SERVER); without "
                + "one, list and show the jobs setpoint run ran in the data directory.",
        subcommands = {JobsListCommand.class, JobsShowCommand.class, JobsCancelCommand.class})
public final class JobsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: list, show or cancel");
    }
}
