package dev.setpoint.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateLoader;
import dev.setpoint.core.value.Json;
import org.junit.jupiter.api.Test;

/** Pins the template documents of {@code /api/templates} and {@code setpoint templates list|show --json}. */
class TemplateJsonTest {

    private static final String TINY_YAML = """
            id: tiny-image
            version: 1.2.3
            name: Tiny image
            description: A small template for tests
            category: image_generation
            runtime: sglang
            inputs:
              prompt: {type: string, required: true, min_length: 1, max_length: 200, description: What to draw}
              width: {type: integer, default: 512, min: 64, max: 2048, multiple_of: 8}
              sampler: {type: enum, values: [euler, dpm++_2m], default: euler}
              tags: {type: array, items: string, max_length: 4}
            resources: {cpu: 2, memory: 8, gpu: 1, vram: 8}
            base_execution_time: 20
            cost_per_second: 0.0004
            quality:
              ultra: {width: 1024}
              draft: {width: 256, sampler: euler}
            """;

    private static final Template TINY = TemplateLoader.parse(TINY_YAML);

    @Test
    void aSummaryIsItsRefAndWhatAListShows() {
        assertThat(Json.write(TemplateJson.summary(TINY))).isEqualTo("""
                {"ref":"tiny-image@1.2.3","id":"tiny-image","version":"1.2.3","name":"Tiny image",\
                "description":"A small template for tests","category":"image_generation","runtime":"sglang"}""");
    }

    @Test
    void theFullTemplateAddsInputsResourcesTimeCostAndTheQualityMappingByLevel() {
        assertThat(Json.write(TemplateJson.full(TINY))).isEqualTo("""
                {"ref":"tiny-image@1.2.3","id":"tiny-image","version":"1.2.3","name":"Tiny image",\
                "description":"A small template for tests","category":"image_generation","runtime":"sglang",\
                "inputs":{\
                "prompt":{"type":"string","required":true,"min_length":1,"max_length":200,\
                "description":"What to draw"},\
                "width":{"type":"integer","required":false,"default":512,"min":64,"max":2048,"multiple_of":8},\
                "sampler":{"type":"enum","required":false,"default":"euler","values":["euler","dpm++_2m"]},\
                "tags":{"type":"array","required":false,"max_length":4,"items":"string"}},\
                "resources":{"cpu":2.0,"memory":8.0,"gpu":1.0,"vram":8.0},\
                "base_execution_time":20.0,"cost_per_second":0.0004,\
                "quality":{"draft":{"width":256,"sampler":"euler"},"ultra":{"width":1024}},"metrics":[]}""");
    }

    @Test
    void declaredMetricsAreAListInFileOrderWithTheirDirectionInLowerCase() {
        Template measured = TemplateLoader.parse(TINY_YAML + """
                metrics:
                  psnr: {unit: dB, better: higher, description: Against a reference}
                  output_bytes: {unit: bytes, better: none}
                """);

        assertThat(Json.write(TemplateJson.full(measured).members().get("metrics")))
                .isEqualTo("""
                        [{"name":"psnr","unit":"dB","better":"higher","description":"Against a reference"},\
                        {"name":"output_bytes","unit":"bytes","better":"none","description":""}]""");
    }
}
