package dev.setpoint.cli.presets;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.quality.QualityCatalog;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the preset commands find presets, merge them, export and import them: the built-ins and
 * files ({@link LocalPresets}), or a server ({@link ServerPresets}). The commands format the results
 * the same way whichever it is.
 */
public interface PresetCatalog {

    /** The server's presets with {@code --server} or {@code SETPOINT_SERVER}, else the built-ins and files. */
    static PresetCatalog of(Context context, ServerOption server) {
        return server.server(context)
                .<PresetCatalog>map(s -> new ServerPresets(context, s))
                .orElseGet(() -> new LocalPresets(context));
    }

    /** Every preset there is to list (besides the files a command names), with where it is kept. */
    List<Listed> list();

    /** The presets a command-line argument names. */
    List<Preset> resolve(String ref);

    /** The quality presets a custom preset's chain resolves among. */
    QualityCatalog qualities();

    MergeResult merge(List<String> refs, MergeStrategy strategy);

    /** The export file of the presets {@code refs} name (plus every built-in one with {@code allBuiltin}). */
    Export export(List<String> refs, boolean allBuiltin);

    /** The presets of {@code file}, validated; against a server, also created there. */
    List<Imported> importFile(String file);

    /** A preset and where it is kept. */
    record Listed(Preset preset, Origin origin) {}

    /**
     * An export file's text and the presets in it.
     *
     * @param fileName the name to save it under, or null when the user must choose one (several presets)
     */
    record Export(@Nullable String fileName, String text, List<String> names) {}

    /**
     * A preset read from an import file.
     *
     * @param where where it was stored ({@code id 1001} on a server), or null when it was only validated
     */
    record Imported(Preset preset, @Nullable String where) {}
}
