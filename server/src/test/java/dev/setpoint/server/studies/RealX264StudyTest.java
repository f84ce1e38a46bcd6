package dev.setpoint.server.studies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import dev.setpoint.server.Http;
import dev.setpoint.server.ServerTestBase;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A real x264 study end to end: the shipped x264 tuning preset (system preset 9) over HTTP on a
 * real server, every trial a real ffmpeg encode measured by ffmpeg. Fixed inputs narrow the preset's
 * 96 points to its four x264 presets at a small size, so the test takes seconds.
 */
class RealX264StudyTest extends ServerTestBase {

    /** The shipped x264 Speed and Quality preset's id: the first after the quality levels. */
    private static final int X264_PRESET = 9;

    @Test
    void theShippedX264StudyRunsEveryPointAsARealEncodeAndItsBestIsTheMeasuredBest() throws Exception {
        Http alice = newUser("alice");

        Http.Response created = alice.post(
                "/api/studies",
                "{\"template\": \"ffmpeg-video\", \"quality\": \"draft\", \"preset_ids\": [" + X264_PRESET
                        + "], \"inputs\": {\"width\": 320, \"height\": 184, \"duration_seconds\": 1, \"crf\": 28,"
                        + " \"tune\": \"zerolatency\", \"threads\": 1},"
                        + " \"objectives\": [{\"metric\": \"ssim\", \"direction\": \"maximize\"}]}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("template")).isEqualTo("ffmpeg-video@1.1.0");
        assertThat(created.at("space"))
                .as("the inputs fix crf, tune and threads, which leave the space")
                .isEqualTo(new Value.Obj(Map.of(
                        "x264_preset",
                        Value.arr(Value.of("ultrafast"), Value.of("veryfast"), Value.of("medium"), Value.of("slow")))));
        Http.Response done = StudyApiTest.awaitEnded(alice, created.text("id"));

        assertThat(done.text("status")).as(done.body()).isEqualTo("finished");
        List<Value> trials = ((Value.Arr) done.at("trials")).items();
        assertThat(trials).hasSize(4);
        for (int i = 0; i < trials.size(); i++) {
            assertThat(done.text("trials", "" + i, "status")).as(done.body()).isEqualTo("succeeded");
            assertThat(Double.parseDouble(done.text("trials", "" + i, "metrics", "ssim")))
                    .isBetween(0.5, 1.0);
            assertThat(Double.parseDouble(done.text("trials", "" + i, "run_seconds")))
                    .isPositive();
        }
        assertThat(trials.stream()
                        .map(t -> ((Value.Obj) t).members().get("point"))
                        .distinct())
                .as("every point once")
                .hasSize(4);
        Value measuredBest = trials.stream()
                .max(Comparator.comparingDouble(RealX264StudyTest::ssim))
                .map(t -> ((Value.Obj) t).members().get("point"))
                .orElseThrow();
        assertThat(done.at("best", "point")).isEqualTo(measuredBest);
    }

    /** What a trial of the study document measured for ssim. */
    private static double ssim(Value trial) {
        Value.Obj metrics = (Value.Obj) ((Value.Obj) trial).members().get("metrics");
        return ((Value.Num) metrics.members().get("ssim")).doubleValue();
    }
}
