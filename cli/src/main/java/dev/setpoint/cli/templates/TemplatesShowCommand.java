package dev.setpoint.cli.templates;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.format.TemplateJson;
import dev.setpoint.core.template.Template;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code setpoint templates show REF}. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show a template: inputs, resources, time, cost and its parameters per quality level.")
public final class TemplatesShowCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    JsonOption output;

    @Mixin
    TemplateOption templates;

    @Mixin
    ServerOption server;

    @Parameters(paramLabel = "REF", description = "A template id (its latest version) or id@version.")
    String ref;

    public TemplatesShowCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Template template = TemplateSource.of(context, templates, server).resolve(ref);
        if (output.json()) {
            context.printJson(TemplateJson.full(template));
        } else {
            context.out().print(TemplateText.of(template));
        }
        return 0;
    }
}
