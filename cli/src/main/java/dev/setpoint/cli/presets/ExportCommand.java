package dev.setpoint.cli.presets;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.remote.ServerOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code setpoint export ID|FILE... [--output PATH] [--all-builtin]}: the seed's export file. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write presets to an export file.",
            "One preset is {\"version\": \"1.0\", \"preset\": {...}}, several {\"version\": \"1.0\", \"presets\": [...]}."
        })
public final class ExportCommand implements Callable<Integer> {

    private static final String STDOUT = "-";

    private final Context context;

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "ID|FILE",
            arity = "0..*",
            description =
                    "Built-in preset ids or names, or preset files; with --server, server preset ids, slugs or names.")
    List<String> refs = new ArrayList<>();

    @Option(
            names = "--output",
            paramLabel = "PATH",
            description = "Where to write; - for stdout. Default for one preset: preset-{name}.json here.")
    @Nullable
    String output;

    @Option(names = "--all-builtin", description = "Export every built-in preset too.")
    boolean allBuiltin;

    @Mixin
    ServerOption server;

    public ExportCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (refs.isEmpty() && !allBuiltin) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "name the presets to export, or --all-builtin");
        }
        PresetCatalog.Export export = PresetCatalog.of(context, server).export(refs, allBuiltin);
        if (STDOUT.equals(output)) {
            context.out().print(export.text());
            return 0;
        }
        String target = output != null ? output : defaultTarget(export);
        PresetFileWriter.write(context, target, export.text());
        List<String> names = export.names();
        context.println("wrote " + (names.size() == 1 ? names.get(0) : names.size() + " presets") + " to " + target);
        return 0;
    }

    private String defaultTarget(PresetCatalog.Export export) {
        if (export.fileName() == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    export.names().size()
                            + " presets go into one bulk file: give --output PATH (or --output - for stdout)");
        }
        return export.fileName();
    }
}
