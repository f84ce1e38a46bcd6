package dev.setpoint.core.format;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The seed's export file: {@code {"version": "1.0", "preset": {...}}} for one preset and, as an
 * additive extension, {@code {"version": "1.0", "presets": [...]}} for several. Import accepts
 * either; every preset goes through {@link PresetCodec}, so problems point into the file
 * ({@code /presets/3/name}). Unknown envelope members are errors: a newer format would say so
 * with a new version.
 */
public final class ExportFormat {

    /** The format version written, and the only one read. */
    public static final String VERSION = "1.0";

    /** Code points of the name kept in a file name: 60 of at most 4 UTF-8 bytes fit the usual 255. */
    private static final int MAX_FILE_NAME_CHARS = 60;

    private ExportFormat() {}

    /** One preset in the seed's envelope, indented by two spaces, ending with a newline. */
    public static String export(Preset preset) {
        return envelope("preset", PresetCodec.encode(preset));
    }

    /** Several presets in the bulk envelope, in the order given. */
    public static String exportAll(List<? extends Preset> presets) {
        return envelope(
                "presets", Value.arr(presets.stream().map(PresetCodec::encode).toList()));
    }

    /**
     * Reads an export file of either envelope.
     *
     * @return the presets in file order; none is a system preset
     * @throws SetpointException {@code INVALID} with every problem found, or {@code TOO_LARGE}
     *     when the text exceeds the document limits
     */
    public static List<Preset> importText(String json) {
        JsonNode tree = Json.parseTree(json);
        Value document = Json.fromNode(tree);
        if (!(document instanceof Value.Obj envelope)) {
            throw SetpointException.invalid(
                    "",
                    "an export file is a JSON object with \"version\" and " + "\"preset\" or \"presets\", not "
                            + document.typeName());
        }
        checkVersion(envelope);
        SetpointException.throwIfAny(PresetCodec.merge(checkContent(envelope), SchemaCheck.EXPORT.problems(tree)));
        Value single = envelope.members().get("preset");
        if (single != null) {
            return List.of(PresetCodec.decode(single, Pointer.of("preset")));
        }
        return decodeAll(((Value.Arr) envelope.members().get("presets")).items());
    }

    /**
     * The seed's download name {@code preset-{name}.json}, safe on any file system: only letters,
     * digits, marks, spaces and {@code - _ . , ( ) + &} of the name are kept, whitespace runs
     * become one space, and the name part is never empty.
     */
    public static String exportFileName(Preset preset) {
        String name = Normalizer.normalize(preset.name(), Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\\s\\-_.,()+&]", "")
                .replaceAll("\\s+", " ")
                .strip();
        int cut = name.offsetByCodePoints(0, Math.min(MAX_FILE_NAME_CHARS, name.codePointCount(0, name.length())));
        String safe = name.substring(0, cut).strip();
        return "preset-" + (safe.isEmpty() ? "unnamed" : safe) + ".json";
    }

    private static String envelope(String member, Value content) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("version", Value.of(VERSION));
        out.put(member, content);
        return Json.pretty(new Value.Obj(out)) + "\n";
    }

    /** A version other than 1.0 means an unknown shape: stop before reading anything else. */
    private static void checkVersion(Value.Obj envelope) {
        if (envelope.members().get("version") instanceof Value.Str version
                && !version.value().equals(VERSION)) {
            throw SetpointException.invalid(
                    Pointer.of("version"),
                    "unsupported format version '" + version.value() + "'; this Setpoint reads " + VERSION);
        }
    }

    private static List<Problem> checkContent(Value.Obj envelope) {
        List<Problem> problems = new ArrayList<>();
        Value version = envelope.members().get("version");
        if (version == null) {
            problems.add(new Problem(
                    Pointer.of("version"),
                    "the format version is missing; an export file starts with \"version\": \"" + VERSION + "\""));
        } else if (!(version instanceof Value.Str)) {
            problems.add(new Problem(
                    Pointer.of("version"),
                    "the format version must be a string such as \"" + VERSION + "\", not " + version.typeName() + " "
                            + Json.write(version)));
        }
        boolean single = envelope.members().containsKey("preset");
        if (single == envelope.members().containsKey("presets")) {
            problems.add(new Problem(
                    "",
                    single
                            ? "an export file has either \"preset\" or \"presets\", not both"
                            : "an export file needs a \"preset\" object or a \"presets\" array"));
        }
        return problems;
    }

    /** Reads every preset and reports the problems of all of them together. */
    private static List<Preset> decodeAll(List<Value> items) {
        List<Preset> presets = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                presets.add(PresetCodec.decode(items.get(i), Pointer.of("presets", String.valueOf(i))));
            } catch (SetpointException e) {
                problems.addAll(e.problems());
            }
        }
        SetpointException.throwIfAny(problems);
        return presets;
    }
}
