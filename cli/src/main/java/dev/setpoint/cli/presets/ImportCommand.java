package dev.setpoint.cli.presets;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.ErrorReporter;
import dev.setpoint.cli.FileAccessException;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.format.ExportFormat;
import dev.setpoint.core.preset.Preset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code setpoint import FILE... [--output-dir DIR]}: validates every preset of every file; with a
 * directory, writes each valid preset there as its own normalized export file. A file with any
 * problem has all of them reported and nothing of it written; the other files still are.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Validate preset files; with --output-dir, write each preset as a normalized export file.",
            "With --server, create the presets of each file on the server (all of a file, or none of it)."
        })
public final class ImportCommand implements Callable<Integer> {

    private final Context context;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Export files (single or bulk) or preset objects.")
    List<String> files;

    @Option(
            names = "--output-dir",
            paramLabel = "DIR",
            description = "Write each preset to DIR/preset-{name}.json (not with --server).")
    @Nullable
    String outputDir;

    @Mixin
    ServerOption server;

    @Spec
    CommandSpec spec;

    /** Which preset each file written in this run holds, so two presets never share one file. */
    private final Map<String, String> written = new HashMap<>();

    public ImportCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ErrorReporter reporter = new ErrorReporter(context);
        PresetCatalog catalog = PresetCatalog.of(context, server);
        if (outputDir != null && !(catalog instanceof LocalPresets)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--output-dir writes files offline; with --server the presets are created on the server");
        }
        if (outputDir != null) {
            PresetFileWriter.createDirectories(context, outputDir);
        }
        int exit = 0;
        for (String file : files) {
            try {
                importFile(catalog, file);
            } catch (SetpointException | FileAccessException e) {
                int code = reporter.report(e);
                exit = exit == 0 ? code : exit;
            }
        }
        return exit;
    }

    private void importFile(PresetCatalog catalog, String file) {
        List<PresetCatalog.Imported> imported = catalog.importFile(file);
        List<Preset> presets =
                imported.stream().map(PresetCatalog.Imported::preset).toList();
        Map<String, Preset> targets = outputDir == null ? Map.of() : targets(file, presets);
        targets.forEach((target, preset) -> {
            PresetFileWriter.write(context, target, ExportFormat.export(preset));
            written.put(target, preset.name());
        });
        List<String> names = new ArrayList<>(targets.keySet());
        for (int i = 0; i < presets.size(); i++) {
            Preset preset = presets.get(i);
            String where = outputDir != null ? names.get(i) : imported.get(i).where();
            context.println(file + ": imported " + preset.kind() + " preset \"" + preset.name() + "\""
                    + (where == null ? "" : " -> " + where));
        }
    }

    /** Target file per preset, in file order; refused as a whole when two presets would share a file. */
    private Map<String, Preset> targets(String file, List<Preset> presets) {
        Map<String, Preset> targets = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Preset preset : presets) {
            String target =
                    Path.of(outputDir, ExportFormat.exportFileName(preset)).toString();
            String earlier = targets.containsKey(target) ? targets.get(target).name() : written.get(target);
            if (earlier != null) {
                problems.add(new Problem(
                        file,
                        "preset \"" + preset.name() + "\" would overwrite " + target + ", written for preset \""
                                + earlier + "\"; rename one of them"));
            }
            targets.put(target, preset);
        }
        if (!problems.isEmpty()) {
            throw new SetpointException(SetpointException.Kind.CONFLICT, problems);
        }
        return targets;
    }
}
