package dev.setpoint.cli.presets;

import dev.setpoint.cli.Context;
import dev.setpoint.core.format.ExportFormat;
import dev.setpoint.core.preset.Preset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code setpoint export ID|FILE... [--output PATH] [--all-builtin]}: the seed's export file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write presets in the export format: {\"version\": \"1.0\", \"preset\": {...}},",
            "or {\"version\": \"1.0\", \"presets\": [...]} for several."})
public final class ExportCommand implements Callable<Integer> {

    private static final String STDOUT = "-";

    private final Context context;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID|FILE", arity = "0..*", description = "Built-in preset ids or names, or preset files.")
    List<String> refs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "PATH",
            description = "Where to write; - for stdout. Default for one preset: preset-{name}.json here.")
    String output;

    @Option(names = "--all-builtin", description = "Export every built-in preset too.")
    boolean allBuiltin;

    public ExportCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Preset> presets = new ArrayList<>();
        refs.forEach(ref -> presets.addAll(PresetSources.resolve(context, ref)));
        if (allBuiltin) {
            presets.addAll(BuiltinPresets.ALL);
        }
        if (presets.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "name the presets to export, or --all-builtin");
        }
        String text = presets.size() == 1 ? ExportFormat.export(presets.get(0)) : ExportFormat.exportAll(presets);
        if (STDOUT.equals(output)) {
            context.out().print(text);
            return 0;
        }
        String target = output != null ? output : defaultTarget(presets);
        OutputFiles.write(context, target, text);
        context.println("wrote " + (presets.size() == 1 ? presets.get(0).name() : presets.size() + " presets")
                + " to " + target);
        return 0;
    }

    private String defaultTarget(List<Preset> presets) {
        if (presets.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), presets.size()
                    + " presets go into one bulk file: give --output PATH (or --output - for stdout)");
        }
        return ExportFormat.exportFileName(presets.get(0));
    }
}
