package dev.setpoint.cli.presets;

import dev.setpoint.cli.Context;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.format.ExportFormat;
import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.merge.Merger;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.quality.QualityCatalog;
import java.util.ArrayList;
import java.util.List;

/** Presets without a server: the built-ins and the files the user names. */
final class LocalPresets implements PresetCatalog {

    private final Context context;

    LocalPresets(Context context) {
        this.context = context;
    }

    @Override
    public List<Listed> list() {
        return BuiltinPresets.ALL.stream()
                .map(p -> new Listed(p, Origin.BUILTIN))
                .toList();
    }

    @Override
    public List<Preset> resolve(String ref) {
        return PresetSources.resolve(context, ref);
    }

    @Override
    public QualityCatalog qualities() {
        return QualityCatalog.builtin();
    }

    @Override
    public MergeResult merge(List<String> refs, MergeStrategy strategy) {
        List<ParameterPreset> presets = new ArrayList<>();
        for (String ref : refs) {
            for (Preset preset : resolve(ref)) {
                if (!(preset instanceof ParameterPreset parameter)) {
                    throw SetpointException.invalid(
                            ref, "'" + preset.name() + "' is a quality preset; merge combines parameter presets");
                }
                presets.add(parameter);
            }
        }
        return Merger.merge(presets, strategy);
    }

    @Override
    public Export export(List<String> refs, boolean allBuiltin) {
        List<Preset> presets = new ArrayList<>();
        refs.forEach(ref -> presets.addAll(resolve(ref)));
        if (allBuiltin) {
            presets.addAll(BuiltinPresets.ALL);
        }
        List<String> names = presets.stream().map(Preset::name).toList();
        if (presets.size() == 1) {
            return new Export(ExportFormat.exportFileName(presets.get(0)), ExportFormat.export(presets.get(0)), names);
        }
        return new Export(null, ExportFormat.exportAll(presets), names);
    }

    @Override
    public List<Imported> importFile(String file) {
        return PresetSources.fromFile(context, file).stream()
                .map(p -> new Imported(p, null))
                .toList();
    }
}
