package dev.setpoint.runner.builtin;

import dev.setpoint.core.SetpointException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * 16-bit PCM WAV files through {@code javax.sound.sampled}, which walks the file's chunks: a
 * {@code LIST} or {@code fact} chunk before {@code data} (ffmpeg writes one) is skipped, not read as
 * samples. Samples are doubles in [-1, 1], one array per channel.
 */
final class Wav {

    private static final int BYTES_PER_SAMPLE = 2;
    private static final double FULL_SCALE = 32767.0;

    private Wav() {}

    /** The sound as a WAV file's bytes: 16-bit signed little-endian PCM, clipped to full scale. */
    static byte[] encode(double[][] sound, int sampleRate) {
        int channels = sound.length;
        int frames = sound[0].length;
        ByteBuffer pcm =
                ByteBuffer.allocate(frames * channels * BYTES_PER_SAMPLE).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            for (double[] channel : sound) {
                pcm.putShort((short) Math.max(-32768, Math.min(32767, Math.round(channel[i] * FULL_SCALE))));
            }
        }
        AudioFormat format = new AudioFormat(sampleRate, 8 * BYTES_PER_SAMPLE, channels, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.capacity() + 64);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm.array()), format, frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory to memory: cannot happen
        }
        return out.toByteArray();
    }

    /** The samples of a WAV file, converted to 16-bit signed little-endian PCM if stored otherwise. */
    static double[][] read(Path file) {
        try (AudioInputStream stored = AudioSystem.getAudioInputStream(file.toFile());
                AudioInputStream in = AudioSystem.getAudioInputStream(pcm16(stored.getFormat()), stored)) {
            int channels = in.getFormat().getChannels();
            ByteBuffer b = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            int frames = b.remaining() / (channels * BYTES_PER_SAMPLE);
            double[][] sound = new double[channels][frames];
            for (int i = 0; i < frames; i++) {
                for (int c = 0; c < channels; c++) {
                    sound[c][i] = b.getShort() / FULL_SCALE;
                }
            }
            return sound;
        } catch (UnsupportedAudioFileException e) {
            throw SetpointException.runFailed(file + " is not a WAV file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AudioFormat pcm16(AudioFormat stored) {
        return new AudioFormat(stored.getSampleRate(), 8 * BYTES_PER_SAMPLE, stored.getChannels(), true, false);
    }
}
