package dev.setpoint.cli.templates;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.Table;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.format.TemplateJson;
import dev.setpoint.core.template.FunctionType;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code setpoint templates list [--category C]}. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the templates, by category, id and version.")
public final class TemplatesListCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    JsonOption output;

    @Mixin
    TemplateOption templates;

    @Mixin
    ServerOption server;

    @Option(
            names = "--category",
            paramLabel = "C",
            converter = CategoryConverter.class,
            description = "Only this category: image_generation, video_generation, audio_generation, text_generation.")
    @Nullable
    FunctionType category;

    public TemplatesListCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Template> list = TemplateSource.of(context, templates, server).list(category);
        if (output.json()) {
            context.printJson(
                    Value.arr(list.stream().<Value>map(TemplateJson::summary).toList()));
        } else {
            Table table = new Table("ID", "VERSION", "CATEGORY", "NAME");
            list.forEach(t -> table.row(t.id(), t.version(), t.category().id(), t.name()));
            context.out().print(table.render());
        }
        return 0;
    }
}
