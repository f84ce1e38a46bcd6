package dev.setpoint.core.format;

import dev.setpoint.core.resolve.Provenance;
import dev.setpoint.core.resolve.Source;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where each final parameter's value came from, as {@code POST /api/apply} answers it in
 * {@code provenance} and {@code setpoint apply --json --explain} prints it in {@code _provenance}:
 * per parameter its value, the layer that set it, the lower layers it overrode and the rules that
 * changed it afterwards. Each source carries its {@code description}, the words the CLI and the
 * pages show.
 */
public final class ProvenanceJson {

    private ProvenanceJson() {}

    public static Value.Obj encode(Map<String, Provenance> provenance) {
        Map<String, Value> out = new LinkedHashMap<>();
        provenance.forEach((name, p) -> out.put(name, parameter(p)));
        return new Value.Obj(out);
    }

    private static Value parameter(Provenance p) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("value", p.value());
        out.put("set_by", source(p.setBy(), null));
        out.put(
                "overrode",
                Value.arr(p.overrode().stream()
                        .map(o -> source(o.source(), o.value()))
                        .toList()));
        out.put("rules", Value.arr(p.rules().stream().map(ProvenanceJson::rule).toList()));
        return new Value.Obj(out);
    }

    /** @param value the value this source gave, for what was overridden; null for the source that set it */
    private static Value source(Source source, @Nullable Value value) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("layer", Value.of(source.layer()));
        out.put("name", Value.of(source.name()));
        out.put("description", Value.of(source.description()));
        if (value != null) {
            out.put("value", value);
        }
        return new Value.Obj(out);
    }

    private static Value rule(Provenance.RuleChange change) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("rule", Value.of(change.rule()));
        out.put("from", change.from() == null ? Value.NULL : change.from());
        out.put("to", change.to() == null ? Value.NULL : change.to());
        out.put("why", Value.of(change.why()));
        return new Value.Obj(out);
    }
}
