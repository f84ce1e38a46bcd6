package dev.setpoint.cli.templates;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.ErrorReporter;
import dev.setpoint.cli.FileAccessException;
import dev.setpoint.cli.InputFiles;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateLoader;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code setpoint templates validate FILE...}: checks every file, reporting every problem of each. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check template YAML files; exits non-zero when any is invalid.")
public final class TemplatesValidateCommand implements Callable<Integer> {

    private final Context context;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Template YAML files.")
    List<String> files;

    public TemplatesValidateCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ErrorReporter reporter = new ErrorReporter(context);
        int exit = 0;
        for (String file : files) {
            try {
                Template template = TemplateLoader.parse(InputFiles.read(context, file), file);
                context.println(file + ": valid (" + template.ref() + ")");
            } catch (SetpointException e) {
                exit = firstFailure(exit, reporter.report(TemplateProblems.fileFirst(e)));
            } catch (FileAccessException e) {
                exit = firstFailure(exit, reporter.report(e));
            }
        }
        return exit;
    }

    private static int firstFailure(int exit, int code) {
        return exit == 0 ? code : exit;
    }
}
