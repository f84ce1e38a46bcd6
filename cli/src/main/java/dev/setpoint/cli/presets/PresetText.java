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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Presets as text for people. */
final class PresetText {

    private PresetText() {}

    /** A parameter preset. */
    static String of(ParameterPreset preset) {
        String details = Table.pairs(concat(
                header(preset),
                "category",
                preset.category() == null ? "-" : preset.category(),
                "runtime",
                preset.runtime() == null ? "any" : preset.runtime().id()));
        MergeResult alone = new MergeResult(preset.parameters(), List.of(preset.name()), List.of());
        return details + "\n" + candidates(preset.parameters()) + "\ngrid size: " + alone.gridSize() + "\n";
    }

    /** A quality preset with its chain resolved: the chain and the multipliers in effect. */
    static String quality(ResolvedQuality resolved) {
        QualityPreset q = resolved.preset();
        String chain = resolved.chain().stream().map(QualityPreset::id).collect(Collectors.joining(" -> "));
        return Table.pairs(concat(
                        header(q),
                        "level",
                        resolved.level() + " (" + resolved.root().id() + ")",
                        "category",
                        resolved.category() == null ? "any" : resolved.category(),
                        "chain",
                        chain,
                        "multipliers",
                        "time " + Decimals.plain(resolved.timeMultiplier()) + "x, resource "
                                + Decimals.plain(resolved.resourceMultiplier()) + "x, cost "
                                + Decimals.plain(resolved.costMultiplier()) + "x",
                        "resource scaling",
                        scaling(resolved.resourceScaling())))
                + qualityParameters(q);
    }

    private static String[] header(Preset preset) {
        Metadata m = preset.metadata();
        return new String[] {
            "id", preset.id() == null ? "-" : preset.id(),
            "name", preset.name(),
            "kind", preset.kind(),
            "description", preset.description().isEmpty() ? "-" : preset.description(),
            "system", preset.system() ? "yes" : "no",
            "author", m.author() == null ? "-" : m.author(),
            "tags", m.tags().isEmpty() ? "-" : String.join(", ", m.tags())
        };
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
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
        preset.parameters()
                .forEach((type, params) -> table.row(
                        type,
                        params.entrySet().stream()
                                .map(e -> e.getKey() + "=" + Json.write(e.getValue()))
                                .collect(Collectors.joining(", "))));
        return "\n" + table.render();
    }

    private static String scaling(Map<String, Double> scaling) {
        return scaling.isEmpty()
                ? "-"
                : new TreeMap<>(scaling)
                        .entrySet().stream()
                                .map(e -> e.getKey() + " " + Decimals.plain(e.getValue()) + "x")
                                .collect(Collectors.joining(", "));
    }
}
