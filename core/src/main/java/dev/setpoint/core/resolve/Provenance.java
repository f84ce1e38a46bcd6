package dev.setpoint.core.resolve;

import dev.setpoint.core.value.Value;
import java.util.List;

/**
 * How one final parameter got its value.
 *
 * @param setBy the layer whose value survived
 * @param overrode the values of lower layers it replaced, lowest first
 * @param rules the calculator and scaling rules that changed it afterwards, in order
 */
public record Provenance(Value value, Source setBy, List<Overridden> overrode, List<RuleChange> rules) {

    public Provenance {
        overrode = List.copyOf(overrode);
        rules = List.copyOf(rules);
    }

    /** A value a higher layer replaced. */
    public record Overridden(Source source, Value value) {}

    /**
     * A change made by a rule after the layers were applied.
     *
     * @param rule a stable id such as {@code image.sampler_upgrade}
     * @param why the reason, in words
     */
    public record RuleChange(String rule, Value from, Value to, String why) {}
}
