package dev.setpoint.cli.presets;

import dev.setpoint.cli.Decimals;
import dev.setpoint.cli.Table;
import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Presets as text for people. */
final class PresetText {

    private PresetText() {}

    /** A parameter preset, or a quality preset without its chain. */
    static String of(Preset preset) {
        if (preset instanceof ParameterPreset p) {
            return parameter(p);
        }
        QualityPreset q = (QualityPreset) preset;
        return header(q) + qualityParameters(q);
    }

    /** A quality preset with its chain resolved: the chain and the multipliers in effect. */
    static String quality(ResolvedQuality resolved) {
        QualityPreset q = resolved.preset();
        String chain = resolved.chain().stream().map(QualityPreset::id).collect(Collectors.joining(" -> "));
        return header(q) + Table.pairs(
                "level", resolved.level() + " (" + resolved.root().id() + ")",
                "category", resolved.category() == null ? "any" : resolved.category(),
                "chain", chain,
                "multipliers", "time " + Decimals.plain(resolved.timeMultiplier()) + "x, resource "
                        + Decimals.plain(resolved.resourceMultiplier()) + "x, cost "
                        + Decimals.plain(resolved.costMultiplier()) + "x",
                "resource scaling", scaling(resolved.resourceScaling()))
                + qualityParameters(q);
    }

    private static String header(Preset preset) {
        Metadata m = preset.metadata();
        return Table.pairs(
                "id", preset.id() == null ? "-" : preset.id(),
                "name", preset.name(),
                "kind", preset.kind(),
                "description", preset.description().isEmpty() ? "-" : preset.description(),
                "system", preset.system() ? "yes" : "no",
                "author", m.author() == null ? "-" : m.author(),
                "tags", m.tags().isEmpty() ? "-" : String.join(", ", m.tags()));
    }

    private static String parameter(ParameterPreset preset) {
        StringBuilder out = new StringBuilder(header(preset));
        out.append(Table.pairs(
                "category", preset.category() == null ? "-" : preset.category(),
                "runtime", preset.runtime() == null ? "any" : preset.runtime().id()));
        out.append('\n').append(candidates(preset.parameters()));
        MergeResult alone = new MergeResult(preset.parameters(), List.of(preset.name()), List.of());
        return out.append("\ngrid size: ").append(alone.gridSize()).append('\n').toString();
    }

    /** A table of parameters and their candidate values. */
    static String candidates(Map<String, List<Value>> parameters) {
        if (parameters.isEmpty()) {
            return "(no parameters)\n";
        }
        Table table = new Table("PARAMETER", "VALUES");
        parameters.forEach((name, values) -> table.row(name, list(values)));
        return table.render();
    }

    static String list(List<Value> values) {
        return values.stream().map(Json::write).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String qualityParameters(QualityPreset preset) {
        if (preset.parameters().isEmpty()) {
            return "\n(no parameters of its own)\n";
        }
        Table table = new Table("FUNCTION TYPE", "PARAMETERS");
        preset.parameters().forEach((type, params) -> table.row(type, params.entrySet().stream()
                .map(e -> e.getKey() + "=" + Json.write(e.getValue())).collect(Collectors.joining(", "))));
        return "\n" + table.render();
    }

    private static String scaling(Map<String, Double> scaling) {
        return scaling.isEmpty() ? "-" : new TreeMap<>(scaling).entrySet().stream()
                .map(e -> e.getKey() + " " + Decimals.plain(e.getValue()) + "x")
                .collect(Collectors.joining(", "));
    }
}
