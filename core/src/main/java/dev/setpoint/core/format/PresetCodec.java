package dev.setpoint.core.format;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one way between a preset's JSON and a {@link Preset}, for create, update and import alike.
 *
 * <p>Reading checks the JSON Schema {@code preset.schema.json} and the rules of the record
 * constructors, and reports every problem at once as a JSON pointer into the caller's document.
 * Where both report the same location, the record's wording wins (it names the rule, as the seed
 * does: "Parameter 'tp-size' must be a list").
 *
 * <p>Writing is deterministic; see {@link ParameterPresetJson} and {@link QualityPresetJson} for
 * the member order. Reading what was written gives an equal preset, except that {@code is_system}
 * is output only: a read preset is never a system preset.
 */
public final class PresetCodec {

    private PresetCodec() {}

    /** Reads a preset that is the whole document. */
    public static Preset decode(Value json) {
        return decode(json, "");
    }

    /**
     * Reads a preset found at {@code at} (a JSON pointer such as {@code /preset}) in a larger
     * document; problem paths start with {@code at}.
     *
     * @throws SetpointException {@code INVALID} with every problem found
     */
    public static Preset decode(Value json, String at) {
        if (!(json instanceof Value.Obj object)) {
            throw SetpointException.invalid(at, "a preset must be a JSON object, not " + json.typeName());
        }
        Value kind = object.members().get("kind");
        if (kind != null && !kind.equals(Value.of("parameter")) && !kind.equals(Value.of("quality"))) {
            throw SetpointException.invalid(
                    at + Pointer.of("kind"), "kind must be \"parameter\" or \"quality\", not " + Json.write(kind));
        }
        List<Problem> rules = new ArrayList<>();
        Preset preset = null;
        try {
            preset = Value.of("quality").equals(kind)
                    ? QualityPresetJson.decode(object)
                    : ParameterPresetJson.decode(object, rules);
        } catch (SetpointException e) {
            rules.addAll(e.problems());
        }
        if (preset instanceof QualityPreset quality) {
            rules.addAll(QualityValues.check(quality));
        }
        List<Problem> problems = merge(rules, SchemaCheck.PRESET.problems(Json.parseTree(Json.write(json))));
        if (!problems.isEmpty()) {
            throw SetpointException.invalid(problems.stream()
                    .map(p -> new Problem(at + p.path(), p.message()))
                    .toList());
        }
        return preset;
    }

    /**
     * Reads a preset that this codec wrote after {@link #decode} had accepted it, such as a body a
     * store saved: the record rules still apply, the JSON Schema pass (a serialise and re-parse) is
     * skipped, so reading a page of stored presets stays cheap.
     *
     * @throws SetpointException {@code INVALID} if the stored JSON breaks a rule after all
     */
    public static Preset decodeStored(Value.Obj json) {
        List<Problem> rules = new ArrayList<>();
        Preset preset = Value.of("quality").equals(json.members().get("kind"))
                ? QualityPresetJson.decode(json)
                : ParameterPresetJson.decode(json, rules);
        SetpointException.throwIfAny(rules);
        return preset;
    }

    /** The preset's JSON, in a fixed member order, without null members. */
    public static Value.Obj encode(Preset preset) {
        if (preset instanceof QualityPreset quality) {
            return QualityPresetJson.encode(quality);
        }
        return ParameterPresetJson.encode((ParameterPreset) preset);
    }

    /** The rule problems, then schema problems at other locations; sorted by location, stable. */
    static List<Problem> merge(List<Problem> rules, List<Problem> schema) {
        Set<String> covered = rules.stream().map(Problem::path).collect(Collectors.toSet());
        List<Problem> all = new ArrayList<>(rules);
        schema.stream().filter(p -> !covered.contains(p.path())).forEach(all::add);
        all.sort(Comparator.comparing(Problem::path));
        return all;
    }
}
