package dev.setpoint.server.presets;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.format.ExportFormat;
import dev.setpoint.core.preset.Names;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.PresetStore;
import dev.setpoint.store.StoredPreset;
import dev.setpoint.store.Viewer;
import dev.setpoint.store.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports an export file (one preset or many), all or nothing: every preset is validated first and
 * names are checked against each other, then all are stored in one transaction. Problems point into
 * the file.
 */
final class PresetImport {

    private final PresetStore store;

    PresetImport(PresetStore store) {
        this.store = store;
    }

    List<StoredPreset> importFile(Viewer viewer, String text, Visibility visibility) {
        List<Preset> presets = ExportFormat.importText(text);
        boolean bulk =
                Json.parse(text) instanceof Value.Obj file && file.members().containsKey("presets");
        checkNamesDistinct(presets, bulk ? "presets" : "preset");
        try {
            return store.createAll(viewer, presets, visibility);
        } catch (SetpointException e) {
            // The store's paths start with the preset's index; in a single-preset file that is /preset.
            throw new SetpointException(
                    e.kind(),
                    e.problems().stream()
                            .map(p -> new Problem(
                                    bulk
                                            ? "/presets" + p.path()
                                            : "/preset" + p.path().replaceFirst("^/0", ""),
                                    p.message()))
                            .toList());
        }
    }

    private static void checkNamesDistinct(List<Preset> presets, String prefix) {
        Map<String, Integer> first = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < presets.size(); i++) {
            Integer earlier = first.putIfAbsent(Names.normalized(presets.get(i).name()), i);
            if (earlier != null) {
                problems.add(new Problem(
                        Pointer.of(prefix, String.valueOf(i), "name"),
                        "the name '" + presets.get(i).name() + "' is also used by preset " + earlier
                                + " of this file"));
            }
        }
        if (!problems.isEmpty()) {
            throw new SetpointException(Kind.CONFLICT, problems);
        }
    }
}
