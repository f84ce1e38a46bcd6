package dev.setpoint.cli.presets;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.InputFiles;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.format.ExportFormat;
import dev.setpoint.core.format.PresetCodec;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * Where the presets a command names come from: a file (an export envelope, a bulk envelope or a bare
 * preset object, all read by core's one validation path) or a built-in preset's id or exact name.
 */
public final class PresetSources {

    private PresetSources() {}

    /**
     * The presets {@code ref} names: the presets of the file at that path if there is one, else the
     * built-in preset with that id or name.
     */
    public static List<Preset> resolve(Context context, String ref) {
        if (Files.isRegularFile(context.resolve(ref))) {
            return fromFile(context, ref);
        }
        Optional<Preset> builtin = BuiltinPresets.find(ref);
        if (builtin.isPresent()) {
            return List.of(builtin.get());
        }
        if (ref.contains("/") || ref.contains(File.separator) || ref.endsWith(".json")) {
            return fromFile(context, ref);
        }
        throw SetpointException.notFound(
                ref,
                "no such file, and no built-in preset has this id or name; " + "built-in presets: "
                        + BuiltinPresets.ids());
    }

    /** The presets in {@code file}, in file order; every problem names the file. */
    public static List<Preset> fromFile(Context context, String file) {
        String text = InputFiles.read(context, file);
        try {
            return decode(text);
        } catch (SetpointException e) {
            throw InputFiles.located(file, e);
        }
    }

    private static List<Preset> decode(String text) {
        Value document = Json.parse(text);
        if (isEnvelope(document)) {
            return ExportFormat.importText(text);
        }
        return List.of(PresetCodec.decode(document));
    }

    /** An export file ({"version", "preset"} or {"presets"}) rather than a bare preset object. */
    static boolean isEnvelope(Value document) {
        return document instanceof Value.Obj object
                && (object.members().containsKey("version")
                        || object.members().containsKey("preset")
                        || object.members().containsKey("presets"));
    }
}
