package dev.setpoint.runner.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audio, text and video functions, at small sizes. */
class MediaFunctionsTest {

    private static final List<String> LEVELS = List.of("draft", "standard", "high", "ultra");

    @TempDir
    Path dir;

    private RunSpec spec(String template, String level, String sub, Object... inputs) {
        return Runs.spec(template, level, Runs.inputs(inputs), dir.resolve(sub));
    }

    @Test
    void audioIsAWavWithTheRightHeaderAndSampleCount() throws Exception {
        RunSpec spec = spec("text-to-audio", "draft", "a", "duration_seconds", 1.5, "channels", 2);
        ByteBuffer wav = ByteBuffer.wrap(Runs.output(spec, Runs.run(spec))).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(new String(wav.array(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(wav.getShort(22)).as("channels").isEqualTo((short) 2);
        assertThat(wav.getInt(24)).as("sample rate").isEqualTo(22050);
        assertThat(wav.getInt(40)).as("data bytes").isEqualTo(33075 * 2 * 2);
    }

    @Test
    void audioIsDeterministicForASeed() throws Exception {
        RunSpec a = spec("text-to-audio", "draft", "a", "duration_seconds", 1.0);
        RunSpec b = spec("text-to-audio", "draft", "b", "duration_seconds", 1.0);
        RunSpec c = spec("text-to-audio", "draft", "c", "duration_seconds", 1.0, "seed", 7);

        assertThat(Runs.output(a, Runs.run(a)))
                .isEqualTo(Runs.output(b, Runs.run(b)))
                .isNotEqualTo(Runs.output(c, Runs.run(c)));
    }

    @Test
    void audioFidelityImprovesWithEveryLevel() throws Exception {
        assertThat(scores("text-to-audio", "duration_seconds", 1.0))
                .isSortedAccordingTo(Double::compare)
                .doesNotHaveDuplicates();
    }

    @Test
    void audioWorkFollowsIterationsAndSampleRate() {
        var audio = Runs.executor("text-to-audio");
        double few = audio.workUnits(spec("text-to-audio", "standard", "a", "iterations", 10));
        double many = audio.workUnits(spec("text-to-audio", "standard", "b", "iterations", 40));
        double low = audio.workUnits(spec("text-to-audio", "standard", "c", "sample_rate", 16000));

        assertThat(many).isGreaterThan(3 * few);
        assertThat(low).isLessThan(many);
    }

    @Test
    void textHasExactlyMaxTokensCharactersAndIsDeterministic() throws Exception {
        RunSpec a = spec("text-completion", "standard", "a", "max_tokens", 120);
        RunSpec b = spec("text-completion", "standard", "b", "max_tokens", 120);
        RunSpec c = spec("text-completion", "standard", "c", "max_tokens", 120, "seed", 9);
        String text = new String(Runs.output(a, Runs.run(a)), StandardCharsets.UTF_8);

        assertThat(text)
                .hasSize(120)
                .isEqualTo(new String(Runs.output(b, Runs.run(b)), StandardCharsets.UTF_8))
                .isNotEqualTo(new String(Runs.output(c, Runs.run(c)), StandardCharsets.UTF_8));
    }

    @Test
    void textReadsMoreLikeTheCorpusWithEveryLevel() throws Exception {
        List<Double> bits = scores("text-completion", "max_tokens", 300);

        assertThat(bits).isSortedAccordingTo((x, y) -> Double.compare(y, x)).doesNotHaveDuplicates();
    }

    @Test
    void greedyTextAtTemperatureZeroIgnoresTheSeed() throws Exception {
        RunSpec a = spec("text-completion", "standard", "a", "max_tokens", 40, "temperature", 0.0);
        RunSpec b = spec("text-completion", "standard", "b", "max_tokens", 40, "temperature", 0.0, "seed", 5);

        assertThat(Runs.output(a, Runs.run(a))).isEqualTo(Runs.output(b, Runs.run(b)));
    }

    @Test
    void textWorkIsTokenBeamsWeightedByTheModelOrderAndTheBeams() {
        double perTokenBeam = (TextFunction.TOKEN_COST + 6 * TextFunction.ORDER_COST + 4 * TextFunction.BEAM_COST)
                / (TextFunction.TOKEN_COST + 4 * TextFunction.ORDER_COST + TextFunction.BEAM_COST);

        assertThat(Runs.executor("text-completion")
                        .workUnits(spec("text-completion", "standard", "s", "max_tokens", 100)))
                .isCloseTo(100, within(1e-9));
        assertThat(Runs.executor("text-completion").workUnits(spec("text-completion", "ultra", "u", "max_tokens", 100)))
                .isCloseTo(100 * 4 * perTokenBeam, within(1e-9));
    }

    @Test
    void videoIsAnMp4WithEveryFrameAtTheRequestedSize() throws Exception {
        RunSpec spec =
                spec("text-to-video", "standard", "v", "width", 64, "height", 64, "fps", 8, "frames", 8, "steps", 2);
        RunOutcome outcome = Runs.run(spec);

        try (var channel =
                NIOUtils.readableChannel(spec.workDir().resolve("video.mp4").toFile())) {
            DemuxerTrackMeta meta =
                    MP4Demuxer.createMP4Demuxer(channel).getVideoTrack().getMeta();
            assertThat(meta.getTotalFrames()).isEqualTo(8);
            assertThat(meta.getVideoCodecMeta().getSize().getWidth()).isEqualTo(64);
            assertThat(meta.getTotalDuration()).isEqualTo(1.0);
        }
        assertThat(outcome.outputs().get(0).mediaType()).isEqualTo("video/mp4");
    }

    @Test
    void interpolationInsertsAFrameBetweenEveryTwoAndKeepsTheDuration() throws Exception {
        RunSpec spec = spec("text-to-video", "high", "v", "width", 64, "height", 64, "fps", 8, "frames", 8, "steps", 2);
        Runs.run(spec);

        try (var channel =
                NIOUtils.readableChannel(spec.workDir().resolve("video.mp4").toFile())) {
            DemuxerTrackMeta meta =
                    MP4Demuxer.createMP4Demuxer(channel).getVideoTrack().getMeta();
            assertThat(meta.getTotalFrames()).isEqualTo(15);
        }
    }

    @Test
    void videoIsDeterministicForASeed() throws Exception {
        RunSpec a = spec("text-to-video", "draft", "a", "width", 64, "height", 64, "frames", 6, "fps", 6);
        RunSpec b = spec("text-to-video", "draft", "b", "width", 64, "height", 64, "frames", 6, "fps", 6);

        assertThat(Runs.output(a, Runs.run(a))).isEqualTo(Runs.output(b, Runs.run(b)));
    }

    @Test
    void videoQualityImprovesWithEveryLevel() throws Exception {
        assertThat(scores("text-to-video", "width", 128, "height", 64, "frames", 24, "fps", 24))
                .isSortedAccordingTo(Double::compare)
                .doesNotHaveDuplicates();
    }

    @Test
    void videoWorkIsPixelSamplesWeightedByTheSceneAndThePixelsEncoded() {
        RunSpec spec =
                spec("text-to-video", "standard", "a", "width", 64, "height", 64, "frames", 30, "steps", 4, "seed", 5);
        VideoFunction.Settings s = VideoFunction.Settings.of(spec);
        double shapes = 1 + VideoFunction.SHAPE_COST * (s.scene(5).shapeCount() - ImageFunction.MEAN_SHAPES);

        assertThat(Runs.executor("text-to-video").workUnits(spec))
                .isCloseTo(64 * 64 * 30 * (4 * shapes + VideoFunction.ENCODE_COST), within(1e-6));
    }

    @Test
    void audioWorkFollowsTheSeedsNotesAndWeighsTheOscillator() {
        var audio = Runs.executor("text-to-audio");
        double balanced = audio.workUnits(spec("text-to-audio", "standard", "a", "seed", 3));
        double nearest =
                audio.workUnits(spec("text-to-audio", "standard", "b", "seed", 3, "processing_quality", "fast"));
        double otherSeed = audio.workUnits(spec("text-to-audio", "standard", "c", "seed", 4));

        assertThat(nearest / balanced).isLessThan(0.5);
        assertThat(otherSeed).isNotEqualTo(balanced);
    }

    private List<Double> scores(String template, Object... inputs) throws Exception {
        List<Double> scores = new ArrayList<>();
        for (String level : LEVELS) {
            RunSpec spec = spec(template, level, level, inputs);
            scores.add(Runs.score(spec, Runs.run(spec)));
        }
        return scores;
    }
}
