package dev.setpoint.cli.presets;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.format.PresetCodec;
import dev.setpoint.core.preset.Names;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.QualityCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code setpoint presets show ID|FILE [--from FILE]...}. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show one preset; a quality preset with its resolved inheritance chain and multipliers.")
public final class PresetsShowCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    JsonOption output;

    @Mixin
    ServerOption server;

    @Parameters(
            paramLabel = "ID|FILE",
            description = {
                "A built-in preset's id or name, a file holding one preset, or a preset in a --from file.",
                "With --server, a server preset's id, slug or name."
            })
    String ref;

    @Option(
            names = "--from",
            paramLabel = "FILE",
            description = "Preset files to find ID in, and to resolve a quality preset's base presets from.")
    List<String> from = new ArrayList<>();

    public PresetsShowCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PresetCatalog catalog = PresetCatalog.of(context, server);
        List<Preset> known = new ArrayList<>();
        from.forEach(file -> known.addAll(PresetSources.fromFile(context, file)));
        Preset preset = find(catalog, known);
        if (output.json()) {
            context.printJson(PresetCodec.encode(
                    preset instanceof QualityPreset quality
                            ? Levels.shown(qualities(catalog, known, quality), quality)
                            : preset));
        } else if (preset instanceof QualityPreset quality) {
            context.out()
                    .print(PresetText.quality(qualities(catalog, known, quality).resolve(quality)));
        } else {
            context.out().print(PresetText.of((ParameterPreset) preset));
        }
        return 0;
    }

    private Preset find(PresetCatalog catalog, List<Preset> known) {
        List<Preset> matches = known.stream()
                .filter(p -> ref.equals(p.id()) || Names.same(ref, p.name()))
                .toList();
        List<Preset> found = matches.isEmpty() ? catalog.resolve(ref) : matches;
        if (found.size() != 1) {
            throw SetpointException.invalid(
                    ref,
                    found.size() == 0
                            ? "holds no preset"
                            : "holds " + found.size() + " presets; name one by id with --from " + ref + ": "
                                    + String.join(
                                            ", ",
                                            found.stream()
                                                    .map(p -> p.id() == null ? p.name() : p.id())
                                                    .toList()));
        }
        return found.get(0);
    }

    /** The catalog's quality presets plus the custom ones of the --from files and the one shown. */
    private static QualityCatalog qualities(PresetCatalog catalog, List<Preset> known, QualityPreset shown) {
        List<QualityPreset> customs = new ArrayList<>();
        known.forEach(p -> {
            if (p instanceof QualityPreset q && !q.system()) {
                customs.add(q);
            }
        });
        QualityCatalog qualities = catalog.qualities();
        if (!shown.system()
                && !customs.contains(shown)
                && qualities.find(shown.id()).isEmpty()) {
            customs.add(shown);
        }
        return qualities.with(customs);
    }
}
