package dev.setpoint.cli.apply;

import dev.setpoint.cli.Decimals;
import dev.setpoint.cli.Table;
import dev.setpoint.core.format.MergeResultJson;
import dev.setpoint.core.format.ProvenanceJson;
import dev.setpoint.core.merge.Conflict;
import dev.setpoint.core.resolve.Provenance;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An apply result for people (a table, or sentences with --explain) and, with --explain, for machines. */
final class Explanation {

    static final String PROVENANCE_KEY = "_provenance";
    static final String CONFLICTS_KEY = "_conflicts";

    private Explanation() {}

    /** Parameter, value and the layer that set it (and the rules that changed it). */
    static String table(Applied result) {
        Table table = new Table("PARAMETER", "VALUE", "SET BY");
        result.provenance().forEach((name, p) -> table.row(name, Json.write(p.value()), setBy(p)));
        return table.render() + footer(result);
    }

    /** One sentence per parameter: who set it, what it overrode, then each rule that changed it. */
    static String text(Applied result) {
        StringBuilder out = new StringBuilder();
        result.provenance().forEach((name, p) -> {
            out.append(name)
                    .append(" = ")
                    .append(Json.write(p.value()))
                    .append("  set by ")
                    .append(p.setBy().description());
            if (!p.overrode().isEmpty()) {
                out.append(" (overrode ")
                        .append(p.overrode().stream()
                                .map(o -> o.source().description() + ": " + Json.write(o.value()))
                                .collect(Collectors.joining(", ")))
                        .append(')');
            }
            out.append('\n');
            p.rules()
                    .forEach(r -> out.append("  then rule ")
                            .append(r.rule())
                            .append(" changed it from ")
                            .append(Json.write(r.from()))
                            .append(" to ")
                            .append(Json.write(r.to()))
                            .append(": ")
                            .append(r.why())
                            .append('\n'));
        });
        return out + footer(result);
    }

    /** STORY-050's result plus {@code _provenance} and, when a merge had any, {@code _conflicts}. */
    static Value.Obj json(Applied result) {
        Map<String, Value> out = new LinkedHashMap<>(result.result().members());
        out.put(PROVENANCE_KEY, ProvenanceJson.encode(result.provenance()));
        if (!result.conflicts().isEmpty()) {
            out.put(CONFLICTS_KEY, MergeResultJson.conflicts(result.conflicts()));
        }
        return new Value.Obj(out);
    }

    private static String setBy(Provenance p) {
        String rules =
                p.rules().stream().map(Provenance.RuleChange::rule).distinct().collect(Collectors.joining(", "));
        return p.setBy().description() + (rules.isEmpty() ? "" : ", then rule " + rules);
    }

    private static String footer(Applied result) {
        StringBuilder out = new StringBuilder();
        List<Conflict> conflicts = result.conflicts();
        if (!conflicts.isEmpty()) {
            out.append("\nMerge conflicts:\n");
            conflicts.forEach(c -> out.append("  ").append(c.message()).append('\n'));
        }
        return out.append("\nquality ")
                .append(result.quality("id"))
                .append(" (")
                .append(result.quality("name"))
                .append(", level ")
                .append(result.quality("level"))
                .append("): about ")
                .append(result.quality("estimated_time"))
                .append(" s, cost ")
                .append(result.quality("estimated_cost"))
                .append(' ')
                .append(Decimals.COST_UNIT)
                .append('\n')
                .toString();
    }
}
