package dev.setpoint.runner.builtin;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Metrics;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.ColorUtil;

/**
 * Text-to-video: the image function's scene seen by a camera panning right, {@code frames} frames of
 * {@code steps} samples per pixel each, encoded as H.264 in {@code video.mp4} at {@code fps}.
 * {@code motion_quality} sets how much of the previous frame (moved by the pan, which is a whole
 * number of pixels, so exactly) is carried into the next: temporal accumulation, less noise and less
 * flicker. {@code interpolation} inserts a frame between every two, doubling the frame rate. Work units
 * are pixel-samples and the pixels encoded, weighted by what they cost ({@link Settings#workUnits}).
 */
final class VideoFunction implements BuiltinFunction {

    /** Pixels a frame whose error the quality score measures (in the first, middle and last frames). */
    private static final int SCORED_PIXELS_PER_FRAME = 256;

    private static final String OUTPUT = "video.mp4";
    /**
     * The H.264 encoding of one pixel of one frame, in pixel-samples, under the optimising compiler
     * and under the client compiler alone ({@link Jit}): C1's rendering is the slower part.
     */
    static final double ENCODE_COST = Jit.weight(4, 1.45);
    /**
     * The extra cost of a pixel-sample for each shape beyond {@value ImageFunction#MEAN_SHAPES}, in
     * pixel-samples: the same under either compiler, to within what two profiles differ by.
     */
    static final double SHAPE_COST = 0.07;

    record Settings(
            String prompt,
            String negative,
            int width,
            int height,
            int fps,
            int frames,
            double history,
            boolean interpolate,
            int steps) {

        static Settings of(RunSpec spec) {
            Params p = new Params(spec);
            return new Settings(
                    p.text("prompt"),
                    p.text("negative_prompt"),
                    (int) p.integer("width"),
                    (int) p.integer("height"),
                    (int) p.integer("fps"),
                    (int) p.integer("frames"),
                    history(p.text("motion_quality")),
                    p.flag("interpolation"),
                    (int) p.integer("steps"));
        }

        private static double history(String motion) {
            return switch (motion) {
                case "low" -> 0;
                case "medium" -> 0.5;
                case "high" -> 0.7;
                case "ultra" -> 0.8;
                default ->
                    throw SetpointException.invalid(
                            "motion_quality",
                            "the built-in video function knows low, medium, high and ultra, not '" + motion + "'");
            };
        }

        /** Pixels the camera moves a frame: even, so an interpolated frame sits exactly half-way. */
        int pan() {
            return 2 * Math.max(1, (int) Math.round(width / (8.0 * frames)));
        }

        /** Pixel-samples: what progress counts. */
        double samples() {
            return (double) width * height * steps * frames;
        }

        /**
         * The cost of a run in pixel-samples of a seven-shape scene: the samples, each with
         * {@value #SHAPE_COST} more a shape beyond seven (the seed sets how many), plus the encoding of
         * every frame written, interpolated ones too, at {@link #ENCODE_COST} samples a pixel (both
         * measured by {@code CostProfile video}, docs/FUNCTIONS.md).
         */
        double workUnits(OptionalLong seed) {
            int shapes = ImageFunction.shapeCount(seed, this::scene);
            double written = (double) width * height * frames * (interpolate ? 2 : 1);
            return samples() * (1 + SHAPE_COST * (shapes - ImageFunction.MEAN_SHAPES)) + written * ENCODE_COST;
        }

        Scene scene(long seed) {
            return new Scene(prompt, negative, 7.5, seed, (width + (double) pan() * frames) / height);
        }
    }

    @Override
    public double workUnits(RunSpec spec) {
        return Settings.of(spec).workUnits(new Params(spec).chosenSeed());
    }

    @Override
    public RunOutcome run(RunSpec spec, ProgressSink progress) throws InterruptedException {
        Settings s = Settings.of(spec);
        long seed = new Params(spec).seed();
        WorkProgress work = new WorkProgress(progress, s.samples());
        Scene scene = s.scene(seed);
        Path file = spec.workDir().toAbsolutePath().normalize().resolve(OUTPUT);
        int outFps = s.interpolate() ? 2 * s.fps() : s.fps();
        try {
            Files.createDirectories(file.getParent());
            H264Writer encoder = new H264Writer(file, outFps, s.width(), s.height());
            float[] previous = null;
            for (int f = 0; f < s.frames(); f++) {
                work.stage("frame " + (f + 1) + " of " + s.frames());
                float[] frame = Renderer.render(
                                scene,
                                s.width(),
                                s.height(),
                                f * s.pan(),
                                s.steps(),
                                0,
                                Sampler.DPM_2M,
                                Hashing.mix(seed, f),
                                work)
                        .rgb();
                if (previous != null) {
                    accumulate(frame, previous, s);
                    if (s.interpolate()) {
                        encoder.write(picture(midway(previous, frame, s), s.width(), s.height()));
                    }
                }
                encoder.write(picture(frame, s.width(), s.height()));
                previous = frame;
            }
            encoder.finish();
            Mp4Times.clear(file);
        } catch (IOException e) {
            throw SetpointException.runFailed("cannot write " + file + ": " + e.getMessage(), e);
        }
        work.stage("measuring PSNR");
        Map<String, Value> metrics = measure(spec, seed);
        Output out = new Output(OUTPUT, "video/mp4", file.toFile().length());
        return new RunOutcome(
                List.of(out),
                "rendered " + s.frames() + " frames of " + s.width() + "x" + s.height() + ", seed " + seed,
                metrics);
    }

    /** Blends the previous output frame, moved by the pan, into this one; new columns have no history. */
    private static void accumulate(float[] frame, float[] previous, Settings s) {
        int w = s.width();
        for (int y = 0; y < s.height(); y++) {
            for (int x = 0; x < w - s.pan(); x++) {
                for (int c = 0; c < 3; c++) {
                    int i = (y * w + x) * 3 + c;
                    frame[i] = (float) ((1 - s.history()) * frame[i] + s.history() * previous[i + s.pan() * 3]);
                }
            }
        }
    }

    /** The frame half-way between two: each moved half a pan towards the other, averaged. */
    private static float[] midway(float[] a, float[] b, Settings s) {
        int w = s.width();
        int half = s.pan() / 2;
        float[] mid = new float[a.length];
        for (int y = 0; y < s.height(); y++) {
            for (int x = 0; x < w; x++) {
                int fromA = Math.min(w - 1, x + half);
                int fromB = Math.max(0, x - half);
                for (int c = 0; c < 3; c++) {
                    mid[(y * w + x) * 3 + c] = (a[(y * w + fromA) * 3 + c] + b[(y * w + fromB) * 3 + c]) / 2;
                }
            }
        }
        return mid;
    }

    private static Picture picture(float[] rgb, int w, int h) {
        Picture picture = Picture.create(w, h, ColorSpace.RGB);
        byte[] data = picture.getPlaneData(0);
        for (int i = 0; i < w * h * 3; i++) {
            data[i] = (byte) (Renderer.toByte(rgb[i]) - 128);
        }
        return picture;
    }

    /**
     * {@code psnr}: mean luma PSNR in dB (the usual video measure: chroma is subsampled by the codec)
     * over the first, middle and last rendered frames, decoded from the MP4, against
     * {@value Renderer#REFERENCE_SPP}-sample references, {@value #SCORED_PIXELS_PER_FRAME} pixels a
     * frame. Includes the codec's loss, which is the same at every level.
     */
    @Override
    public Map<String, Value> measure(RunSpec spec, long seed) throws InterruptedException {
        if (!Metrics.wanted(spec.template(), "psnr")) {
            return Map.of();
        }
        Settings s = Settings.of(spec);
        Scene scene = s.scene(seed);
        File file = spec.workDir().resolve(OUTPUT).toFile();
        int[] frames = {0, s.frames() / 2, s.frames() - 1};
        double psnr = 0;
        for (int f : frames) {
            if (Thread.interrupted()) {
                throw new InterruptedException("cancelled while measuring");
            }
            byte[] rgb = decode(file, s.interpolate() ? 2 * f : f, s);
            double squares = 0;
            for (int i = 0; i < SCORED_PIXELS_PER_FRAME; i++) {
                int px = (int) Math.floorMod(Hashing.mix(2L * i + f), (long) s.width());
                int py = (int) Math.floorMod(Hashing.mix(2L * i + 1 + f), (long) s.height());
                double[] ref = Renderer.reference(scene, s.width(), s.height(), f * s.pan(), px, py);
                int at = (py * s.width() + px) * 3;
                double d = luma(rgb[at] + 128, rgb[at + 1] + 128, rgb[at + 2] + 128)
                        - luma(Renderer.toByte(ref[0]), Renderer.toByte(ref[1]), Renderer.toByte(ref[2]));
                squares += d * d;
            }
            psnr += 10 * Math.log10(255.0 * 255 / Math.max(squares / SCORED_PIXELS_PER_FRAME, 1e-3));
        }
        return Metrics.declared(spec.template(), Map.of("psnr", psnr / frames.length));
    }

    /** BT.601 luma of 8-bit RGB. */
    private static double luma(double r, double g, double b) {
        return 0.299 * r + 0.587 * g + 0.114 * b;
    }

    /** One decoded frame as signed RGB bytes (jcodec's convention: value - 128), row by row. */
    static byte[] decode(File file, int frame, Settings s) {
        try {
            Picture decoded = FrameGrab.getFrameFromFile(file, frame);
            Picture rgb = Picture.create(decoded.getWidth(), decoded.getHeight(), ColorSpace.RGB);
            ColorUtil.getTransform(decoded.getColor(), ColorSpace.RGB).transform(decoded, rgb);
            // The decoder pads to whole 16-pixel macroblocks; the picture is the top-left corner.
            if (rgb.getWidth() < s.width() || rgb.getHeight() < s.height()) {
                throw SetpointException.runFailed("decoded frame is " + rgb.getWidth() + "x" + rgb.getHeight());
            }
            byte[] cropped = new byte[s.width() * s.height() * 3];
            for (int y = 0; y < s.height(); y++) {
                System.arraycopy(
                        rgb.getPlaneData(0), y * rgb.getWidth() * 3, cropped, y * s.width() * 3, s.width() * 3);
            }
            return cropped;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JCodecException e) {
            throw SetpointException.runFailed("cannot decode " + file + ": " + e.getMessage(), e);
        }
    }
}
