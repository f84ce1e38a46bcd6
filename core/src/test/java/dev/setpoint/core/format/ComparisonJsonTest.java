package dev.setpoint.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.compare.Comparison;
import dev.setpoint.core.compare.LevelResult;
import dev.setpoint.core.compare.LevelRun;
import dev.setpoint.core.compare.OutputLink;
import dev.setpoint.core.template.Better;
import dev.setpoint.core.template.MetricSpec;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins the comparison document of {@code GET /api/comparisons/{id}} and {@code setpoint compare --json}. */
class ComparisonJsonTest {

    @Test
    void aComparisonGivesEachLevelsResultTimingAndAnalysisAndAFailedLevelKeepsItsError() {
        Comparison comparison = new Comparison(
                "c1",
                "sd-image@1.0.0",
                new Value.Obj(Map.of("prompt", Value.of("a fox"))),
                7L,
                "/api/batches/c1",
                "comparison",
                List.of(new MetricSpec("psnr", "dB", Better.HIGHER, "against a reference")),
                List.of(
                        new LevelResult(
                                new LevelRun("draft", 0.5, 0.25, Map.of("psnr", 20.0)),
                                "j1",
                                "succeeded",
                                List.of(new OutputLink("image.png", "image/png", 10, "/api/jobs/j1/outputs/image.png")),
                                null),
                        new LevelResult(LevelRun.unmeasured("standard"), "j2", "failed", List.of(), "out of memory"),
                        new LevelResult(
                                new LevelRun("high", 2.5, 1.0, Map.of("psnr", 30.0)),
                                "j3",
                                "succeeded",
                                List.of(),
                                null)));

        assertThat(Json.write(ComparisonJson.encode(comparison))).isEqualTo("""
                {"comparison_id":"c1","template_id":"sd-image@1.0.0","inputs":{"prompt":"a fox"},"seed":7,\
                "batch":"/api/batches/c1","kind":"comparison",\
                "results":{"draft":{"job_id":"j1","status":"succeeded","outputs":[{"name":"image.png",\
                "media_type":"image/png","bytes":10,"url":"/api/jobs/j1/outputs/image.png"}]},\
                "standard":{"job_id":"j2","status":"failed","outputs":[],"error":"out of memory"},\
                "high":{"job_id":"j3","status":"succeeded","outputs":[]}},\
                "timings":{"draft":0.5,"standard":null,"high":2.5},\
                "analysis":{"time_ratios":{},"levels":[\
                {"level":"draft","run_seconds":0.5,"cost":0.25,"metrics":{"psnr":20.0},"gain_per_second":{"psnr":null}},\
                {"level":"standard","run_seconds":null,"cost":null,"metrics":{},"gain_per_second":{"psnr":null}},\
                {"level":"high","run_seconds":2.5,"cost":1.0,"metrics":{"psnr":30.0},"gain_per_second":{"psnr":5.0}}]},\
                "metrics":[{"name":"psnr","unit":"dB","better":"higher","description":"against a reference"}]}""");
    }
}
