package dev.setpoint.runner.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WAV files as the audio function writes them and as other tools (ffmpeg) write them. */
class WavTest {

    private static final double ONE_STEP = 1 / 32767.0;

    @TempDir
    Path dir;

    @Test
    void whatIsEncodedIsReadBackToTheNearest16BitStep() throws Exception {
        double[][] sound = sound(2, 1000);
        Path file = Files.write(dir.resolve("a.wav"), Wav.encode(sound, 22050));

        double[][] read = Wav.read(file);

        assertThat(read).hasDimensions(2, 1000);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 1000; i++) {
                assertThat(read[c][i]).isCloseTo(sound[c][i], within(ONE_STEP / 2 + 1e-12));
            }
        }
    }

    @Test
    void aChunkBeforeTheSamplesIsSkippedNotReadAsSamples() throws Exception {
        Path plain = Files.write(dir.resolve("plain.wav"), Wav.encode(sound(1, 4410), 44100));
        Path tagged = dir.resolve("tagged.wav");
        // ffmpeg puts a LIST/INFO chunk (its name and version) between "fmt " and "data".
        Process ffmpeg = new ProcessBuilder(
                        "ffmpeg",
                        "-nostdin",
                        "-v",
                        "error",
                        "-i",
                        plain.toString(),
                        "-c:a",
                        "pcm_s16le",
                        tagged.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(ffmpeg.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ffmpeg.exitValue())
                .as(new String(ffmpeg.getInputStream().readAllBytes()))
                .isZero();

        String bytes = new String(Files.readAllBytes(tagged), StandardCharsets.ISO_8859_1);
        assertThat(bytes.indexOf("LIST"))
                .as("a LIST chunk comes before the samples")
                .isPositive()
                .isLessThan(bytes.indexOf("data"));
        assertThat(bytes.indexOf("data"))
                .as("so the samples do not start at byte 44")
                .isGreaterThan(36);

        assertThat(Wav.read(tagged)).isDeepEqualTo(Wav.read(plain));
    }

    /** A chord, different on each channel, at 0.9 of full scale. */
    private static double[][] sound(int channels, int frames) {
        double[][] sound = new double[channels][frames];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < frames; i++) {
                sound[c][i] = 0.45 * Math.sin(i * 0.05 * (c + 1)) + 0.45 * Math.sin(i * 0.31 + c);
            }
        }
        return sound;
    }
}
