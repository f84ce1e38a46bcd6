package dev.setpoint.cli;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns a failure into lines on stderr and an exit code. Every line reads
 * {@code setpoint: <where>: <message>}; a user never sees a stack trace unless {@code SETPOINT_DEBUG=1}.
 */
public final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final Context context;

    public ErrorReporter(Context context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        return report(e);
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        return report(e);
    }

    /** Prints every problem of {@code failure} and returns the exit code it maps to. */
    public int report(Throwable failure) {
        if (failure instanceof SetpointException e) {
            e.problems().forEach(this::line);
            return ExitCodes.of(e.kind());
        }
        if (failure instanceof FileAccessException e) {
            line(new Problem(e.file(), e.getMessage()));
            return ExitCodes.IO;
        }
        if (failure instanceof CommandFailure e) {
            line(new Problem("", e.getMessage()));
            if (context.debug() && e.getCause() != null) {
                e.getCause().printStackTrace(context.err());
            }
            return e.exitCode();
        }
        if (failure instanceof ParameterException e) {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            line(new Problem("", e.getMessage() + " (see '" + command + " --help')"));
            return ExitCodes.USAGE;
        }
        line(new Problem("", "internal error: " + failure.getClass().getName() + ": " + failure.getMessage()));
        if (context.debug()) {
            failure.printStackTrace(context.err());
        }
        return ExitCodes.INTERNAL;
    }

    // One problem is one line: a message with line breaks (a parser's, say) is folded onto it.
    private void line(Problem problem) {
        String text = problem.toString().replaceAll("\\s*\\R\\s*", " ");
        context.err().print("setpoint: " + text + "\n");
    }
}
