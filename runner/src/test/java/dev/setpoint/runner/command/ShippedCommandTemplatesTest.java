package dev.setpoint.runner.command;

import static dev.setpoint.runner.TestTemplates.atLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped command templates, run for real with ffmpeg and espeak-ng (installed by .ci/run);
 * outputs are checked with ffprobe or by their file header.
 */
class ShippedCommandTemplatesTest {

    @TempDir
    Path dir;

    final CommandExecutor executor = new CommandExecutor();

    @Test
    void ffmpegVideoEncodesAnH264Mp4OfTheRequestedSizeAndReportsProgress() throws Exception {
        Template t = TemplateRegistry.builtin().resolve("ffmpeg-video");
        List<Double> progress = new CopyOnWriteArrayList<>();

        RunOutcome outcome = executor.run(
                new RunSpec(t, atLevel(t, 1, Map.of("duration_seconds", Value.of(2))), dir),
                (stage, fraction) -> progress.add(fraction));

        assertThat(outcome.outputs())
                .extracting(Output::name, Output::mediaType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("out.mp4", "video/mp4"));
        Value.Obj stream = firstStream(dir.resolve("out.mp4"));
        assertThat(stream.members())
                .containsEntry("codec_name", Value.of("h264"))
                .containsEntry("width", Value.of(424))
                .containsEntry("height", Value.of(240))
                .containsEntry("r_frame_rate", Value.of("15/1"));
        assertThat(progress).isNotEmpty().allMatch(f -> f >= 0 && f <= 1);
        assertThat(progress.get(progress.size() - 1)).isGreaterThan(0.8);
    }

    @Test
    void ffmpegVideoPassesATuneAndAThreadCountToX264AndNoTuneForNone() throws Exception {
        Template t = TemplateRegistry.builtin().resolve("ffmpeg-video");
        Path untuned = Files.createDirectory(dir.resolve("none"));
        Path zeroLatency = Files.createDirectory(dir.resolve("zerolatency"));
        Map<String, Value> inputs = Map.of("duration_seconds", Value.of(1), "threads", Value.of(1));

        executor.run(new RunSpec(t, atLevel(t, 2, inputs), untuned), ProgressSink.NONE);
        Map<String, Value> tuned = new java.util.HashMap<>(inputs);
        tuned.put("tune", Value.of("zerolatency"));
        executor.run(new RunSpec(t, atLevel(t, 2, tuned), zeroLatency), ProgressSink.NONE);

        // x264's medium preset uses B-frames; the zerolatency tune turns them off.
        assertThat(firstStream(untuned.resolve("out.mp4")).members()).containsEntry("has_b_frames", Value.of(2));
        assertThat(firstStream(zeroLatency.resolve("out.mp4")).members()).containsEntry("has_b_frames", Value.of(0));
    }

    @Test
    void ffmpegMp3EncodesAtTheLevelsBitrateAndSampleRate() throws Exception {
        Template t = TemplateRegistry.builtin().resolve("ffmpeg-mp3");

        executor.run(
                new RunSpec(t, atLevel(t, 4, Map.of("duration_seconds", Value.of(2))), dir), (stage, fraction) -> {});

        Value.Obj stream = firstStream(dir.resolve("out.mp3"));
        assertThat(stream.members())
                .containsEntry("codec_name", Value.of("mp3"))
                .containsEntry("sample_rate", Value.of("48000"))
                .containsEntry("channels", Value.of(2))
                .containsEntry("bit_rate", Value.of("320000"));
    }

    @Test
    void espeakSpeaksTextThatStartsWithADashInsteadOfReadingItAsAnOption() throws Exception {
        Template t = TemplateRegistry.builtin().resolve("espeak-speech");

        RunOutcome outcome = executor.run(
                new RunSpec(t, atLevel(t, 2, Map.of("prompt", Value.of("-w /tmp/elsewhere.wav --help"))), dir),
                (stage, fraction) -> {});

        byte[] wav = Files.readAllBytes(dir.resolve("speech.wav"));
        assertThat(new String(Arrays.copyOfRange(wav, 0, 4), StandardCharsets.US_ASCII))
                .isEqualTo("RIFF");
        assertThat(new String(Arrays.copyOfRange(wav, 8, 12), StandardCharsets.US_ASCII))
                .isEqualTo("WAVE");
        assertThat(wav.length).isGreaterThan(10_000);
        assertThat(outcome.outputs()).containsExactly(new Output("speech.wav", "audio/wav", wav.length));
        assertThat(Path.of("/tmp/elsewhere.wav")).doesNotExist();
    }

    @Test
    void ffmpegVideoMeasuresSsimAndPsnrAgainstItsSourceAndItsSizeAndBitrate() throws Exception {
        Template t = TemplateRegistry.builtin().resolve("ffmpeg-video");
        List<String> stages = new CopyOnWriteArrayList<>();

        RunOutcome draft = executor.run(
                new RunSpec(t, atLevel(t, 1, Map.of("duration_seconds", Value.of(1))), dir),
                (stage, fraction) -> stages.add(stage));

        assertThat(draft.metrics().keySet()).containsExactly("ssim", "psnr", "output_bytes", "bitrate_kbps");
        assertThat(number(draft, "ssim")).isBetween(0.5, 1.0);
        assertThat(number(draft, "psnr")).isBetween(10.0, 60.0);
        assertThat(number(draft, "output_bytes")).isEqualTo((double) Files.size(dir.resolve("out.mp4")));
        assertThat(number(draft, "bitrate_kbps"))
                .isCloseTo(
                        number(draft, "output_bytes") * 8 / 1000, org.assertj.core.data.Percentage.withPercentage(10));
        assertThat(stages).contains("encoding, frame 15 of 15").allMatch(s -> s.matches("encoding, frame \\d+ of 15"));
        assertThat(draft.log()).contains("out_time_us=").contains("measure: ffmpeg: ssim ");

        Path better = Files.createDirectory(dir.resolve("standard"));
        RunOutcome standard = executor.run(
                new RunSpec(t, atLevel(t, 2, Map.of("duration_seconds", Value.of(1))), better), ProgressSink.NONE);
        assertThat(number(standard, "ssim")).isGreaterThan(number(draft, "ssim"));
        assertThat(number(standard, "psnr")).isGreaterThan(number(draft, "psnr"));
    }

    @Test
    void ffmpegMp3MeasuresItsBitrateAndSizeAndShowsTheSecondsEncoded() throws Exception {
        Template t = TemplateRegistry.builtin().resolve("ffmpeg-mp3");
        List<String> stages = new CopyOnWriteArrayList<>();

        RunOutcome outcome = executor.run(
                new RunSpec(t, atLevel(t, 1, Map.of("duration_seconds", Value.of(2))), dir),
                (stage, fraction) -> stages.add(stage));

        assertThat(outcome.metrics().keySet()).containsExactly("bitrate_kbps", "output_bytes");
        assertThat(number(outcome, "bitrate_kbps")).isBetween(90.0, 100.0);
        assertThat(number(outcome, "output_bytes")).isEqualTo((double) Files.size(dir.resolve("out.mp3")));
        assertThat(stages).isNotEmpty().allMatch(s -> s.matches("encoding, [0-9.]+ s of 2 s"));
    }

    @Test
    void espeakMeasuresTheDurationOfItsSpeech() throws Exception {
        Template t = TemplateRegistry.builtin().resolve("espeak-speech");
        String words = "one two three four five six seven eight nine ten";

        double fast = number(
                executor.run(new RunSpec(t, atLevel(t, 1, Map.of("prompt", Value.of(words))), dir), ProgressSink.NONE),
                "duration_seconds");
        Path slow = Files.createDirectory(dir.resolve("ultra"));
        RunOutcome ultra =
                executor.run(new RunSpec(t, atLevel(t, 4, Map.of("prompt", Value.of(words))), slow), ProgressSink.NONE);

        assertThat(ultra.metrics().keySet()).containsExactly("duration_seconds");
        assertThat(fast).isBetween(1.0, 10.0);
        assertThat(number(ultra, "duration_seconds")).isGreaterThan(fast);
    }

    @Test
    void everyShippedCommandTemplateDeclaresWhatItMeasures() {
        assertThat(TemplateRegistry.builtin().list().stream()
                        .filter(t -> t.execution() instanceof dev.setpoint.core.template.Execution.Command))
                .allSatisfy(t -> {
                    var command = (dev.setpoint.core.template.Execution.Command) t.execution();
                    assertThat(command.measure().stream()
                                    .flatMap(m -> m.metrics().keySet().stream())
                                    .distinct()
                                    .sorted())
                            .as(t.id())
                            .containsExactlyElementsOf(t.metrics().stream()
                                    .map(dev.setpoint.core.template.MetricSpec::name)
                                    .sorted()
                                    .toList());
                });
    }

    @Test
    void aValueOutsideItsInputNeverReachesFfmpeg() {
        Template t = TemplateRegistry.builtin().resolve("ffmpeg-video");

        assertThatThrownBy(() -> executor.run(
                        new RunSpec(t, atLevel(t, 2, Map.of("x264_preset", Value.of("medium -i /etc/passwd"))), dir),
                        (stage, fraction) -> {}))
                .hasMessageContaining("x264_preset");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void everyShippedCommandTemplateIsWellFormed() {
        TemplateRegistry.builtin().list().stream()
                .filter(t -> t.execution() instanceof dev.setpoint.core.template.Execution.Command)
                .forEach(t -> assertThat(CommandExecutor.problems(t)).as(t.id()).isEmpty());
    }

    private static double number(RunOutcome outcome, String metric) {
        return ((Value.Num) outcome.metrics().get(metric)).doubleValue();
    }

    private static Value.Obj firstStream(Path file) throws IOException, InterruptedException {
        Process ffprobe = new ProcessBuilder(
                        "ffprobe",
                        "-v",
                        "error",
                        "-show_entries",
                        "stream=codec_name,width,height,r_frame_rate,sample_rate,channels,bit_rate,has_b_frames",
                        "-of",
                        "json",
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String json = new String(ffprobe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ffprobe.waitFor()).as(json).isZero();
        Value.Arr streams = (Value.Arr) ((Value.Obj) Json.parse(json)).members().get("streams");
        return (Value.Obj) streams.items().get(0);
    }
}
