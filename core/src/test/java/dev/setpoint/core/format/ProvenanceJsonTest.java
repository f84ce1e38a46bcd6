package dev.setpoint.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.resolve.Provenance;
import dev.setpoint.core.resolve.Source;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins the provenance document of {@code /api/apply} and {@code setpoint apply --json --explain}. */
class ProvenanceJsonTest {

    @Test
    void eachParameterHasItsValueSetterOverriddenLayersAndRules() {
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        provenance.put(
                "cfg_scale",
                new Provenance(
                        Value.of(9.0),
                        new Source(Source.QUALITY_LEVEL, "ultra"),
                        List.of(new Provenance.Overridden(
                                new Source(Source.TEMPLATE_DEFAULT, "sd-image@1.0.0"), Value.of(7.5))),
                        List.of(new Provenance.RuleChange(
                                "image.cfg_wide", Value.of(8.5), Value.of(9.0), "width 1280 is above 1024"))));
        provenance.put(
                "prompt", new Provenance(Value.of("a cat"), new Source(Source.INPUT, "inputs"), List.of(), List.of()));

        assertThat(Json.write(ProvenanceJson.encode(provenance))).isEqualTo("""
                {"cfg_scale":{"value":9.0,\
                "set_by":{"layer":"quality_level","name":"ultra","description":"quality level ultra"},\
                "overrode":[{"layer":"template_default","name":"sd-image@1.0.0",\
                "description":"template default (sd-image@1.0.0)","value":7.5}],\
                "rules":[{"rule":"image.cfg_wide","from":8.5,"to":9.0,"why":"width 1280 is above 1024"}]},\
                "prompt":{"value":"a cat",\
                "set_by":{"layer":"input","name":"inputs","description":"your input"},\
                "overrode":[],"rules":[]}}""");
    }

    /** A rule that adds a parameter had nothing before it: {@code from} is null, never left out. */
    @Test
    void aRuleWithoutAFormerValueSaysNull() {
        Provenance added = new Provenance(
                Value.of(1),
                new Source(Source.TEMPLATE_DEFAULT, "t@1"),
                List.of(),
                List.of(new Provenance.RuleChange("r", null, Value.of(1), "because")));

        assertThat(Json.write(ProvenanceJson.encode(Map.of("n", added))))
                .contains("\"rules\":[{\"rule\":\"r\",\"from\":null,\"to\":1,\"why\":\"because\"}]");
    }
}
