package dev.setpoint.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceTest {

    @ParameterizedTest(name = "{0} {1} reads \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            input             | inputs                     | your input
            template_default  | sd-image@1.0.0             | template default (sd-image@1.0.0)
            quality_level     | draft                      | quality level draft
            template_quality  | text-to-video@1.0.0 ultra  | template text-to-video@1.0.0 at quality ultra
            custom_preset     | custom_crisp               | custom preset custom_crisp
            parameter_presets | SDXL + Fast (union)        | parameter presets SDXL + Fast (union)
            """)
    void eachLayerIsDescribedInWordsAPersonReads(String layer, String name, String description) {
        assertThat(new Source(layer, name).description()).isEqualTo(description);
    }
}
