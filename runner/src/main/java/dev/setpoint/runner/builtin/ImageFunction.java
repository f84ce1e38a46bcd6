package dev.setpoint.runner.builtin;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Metrics;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import javax.imageio.ImageIO;

/**
 * Text-to-image: renders the prompt's {@link Scene} with {@code steps} samples per pixel, optionally
 * upscales by {@code hr_scale} and renders again with {@code hr_steps} (the high-resolution fix),
 * optionally refines the noisiest pixels ({@code enable_refinement}), and writes {@code image.png}.
 * Work units are the pixel-samples of all passes, weighted by what they cost ({@link Settings#workUnits}).
 */
final class ImageFunction implements BuiltinFunction {

    /**
     * Pixels of the output whose error the PSNR measures: 256, a quarter of what it was when only
     * benchmarks measured, since measuring 1024 cost 35-40% of a draft or standard run (docs/FUNCTIONS.md).
     */
    static final int SCORED_PIXELS = 256;

    private static final String OUTPUT = "image.png";
    /**
     * The extra cost of a sample for each shape in the scene beyond {@value #MEAN_SHAPES}, in euler
     * first-pass samples: every sample tests every shape twice, whatever the sampler or compiler.
     */
    static final double SHAPE_COST = 0.11;
    /** Scenes have five to nine shapes, evenly: the count a sample's cost is measured at. */
    static final int MEAN_SHAPES = 7;
    /**
     * The per-pixel work of a pass (averaging, blending, encoding), in euler pixel-samples, under the
     * optimising compiler and under the client compiler alone ({@link Jit}).
     */
    static final double PIXEL_COST = Jit.weight(5.8, 1.74);
    /**
     * Bytes held at once per pixel of the output, counted from the arrays of the last pass: its sums,
     * squares, counts and spread (44), its frame (16) and the upscaled first pass beside it (16), and
     * headroom for the PNG.
     */
    static final long BYTES_PER_PIXEL = 90;

    record Settings(
            String prompt,
            String negative,
            int width,
            int height,
            int steps,
            double cfg,
            Sampler sampler,
            boolean hr,
            int hrWidth,
            int hrHeight,
            int hrSteps,
            boolean refine) {

        static Settings of(RunSpec spec) {
            Params p = new Params(spec);
            int w = (int) p.integer("width");
            int h = (int) p.integer("height");
            int steps = (int) p.integer("steps");
            boolean hr = p.flag("enable_hr_fix");
            double scale = hr ? p.number("hr_scale") : 1;
            int hrSteps = hr ? (int) p.integer("hr_steps") : 0;
            return new Settings(
                    p.text("prompt"),
                    p.text("negative_prompt"),
                    w,
                    h,
                    steps,
                    p.number("cfg_scale"),
                    Sampler.named(p.text("sampler")),
                    hr,
                    multipleOf8(w * scale),
                    multipleOf8(h * scale),
                    hr && hrSteps == 0 ? steps : hrSteps,
                    p.flag("enable_refinement"));
        }

        /** Pixel-samples of all passes: what progress counts. */
        double samples() {
            double first = (double) width * height * steps;
            double second = hr ? (double) hrWidth * hrHeight * hrSteps : 0;
            return first + second + refinement();
        }

        /**
         * The cost of a run in euler pixel-samples of a seven-shape scene: every pass's first-pass and
         * later samples weighted by the sampler's costs, every sample's shapes beyond seven (the seed
         * sets how many), plus each pass's per-pixel work (averaging, blending, the PNG). The weights
         * were measured by {@code CostProfile image} (docs/FUNCTIONS.md); without them an euler_a sample
         * counted as one though it costs five, and a refined one as a first-pass one.
         */
        double workUnits(OptionalLong seed) {
            int shapes = shapeCount(seed, this::scene);
            double units = pass(width, height, steps, hr ? 0 : refinement(), shapes);
            return hr ? units + pass(hrWidth, hrHeight, hrSteps, refinement(), shapes) : units;
        }

        private double pass(int w, int h, int spp, long extra, int shapes) {
            double pixels = (double) w * h;
            int first = sampler.firstSamples(spp);
            double later = pixels * (spp - first) + extra;
            return pixels * first * sampler.firstCost()
                    + later * sampler.refineCost()
                    + (pixels * first + later) * SHAPE_COST * (shapes - MEAN_SHAPES)
                    + pixels * PIXEL_COST;
        }

        /** The refiner spends twice the last pass's budget again, where that pass left the most noise. */
        long refinement() {
            if (!refine) {
                return 0;
            }
            return 2 * (hr ? (long) hrWidth * hrHeight * hrSteps : (long) width * height * steps);
        }

        int outWidth() {
            return hr ? hrWidth : width;
        }

        int outHeight() {
            return hr ? hrHeight : height;
        }

        Scene scene(long seed) {
            return new Scene(prompt, negative, cfg, seed, (double) width / height);
        }

        private static int multipleOf8(double v) {
            return Math.max(8, (int) Math.round(v / 8) * 8);
        }
    }

    /** The shapes of the scene at {@code seed}; {@value #MEAN_SHAPES}, the mean, while the seed is still to be drawn. */
    static int shapeCount(OptionalLong seed, LongFunction<Scene> scene) {
        return seed.isPresent() ? scene.apply(seed.getAsLong()).shapeCount() : MEAN_SHAPES;
    }

    /**
     * Refuses, before it is queued, an image that would need more than half the server's heap: the
     * largest inputs (2048 x 2048 with hr_scale 4) need about 6 GB, and running out of memory would
     * fail the other runs too.
     */
    @Override
    public void check(RunSpec spec) {
        check(spec, Runtime.getRuntime().maxMemory());
    }

    /** As {@link #check(RunSpec)}, for a server whose heap is at most {@code heap} bytes. */
    static void check(RunSpec spec, long heap) {
        Settings s = Settings.of(spec);
        long needs = (long) s.outWidth() * s.outHeight() * BYTES_PER_PIXEL;
        if (needs > heap / 2) {
            throw SetpointException.invalid(
                    Pointer.of("parameters", s.hr() ? "hr_scale" : "width"),
                    "a "
                            + s.outWidth() + "x" + s.outHeight() + " image needs about " + mebibytes(needs)
                            + " MiB of memory, more than half of this server's " + mebibytes(heap)
                            + " MiB; ask for a smaller size or hr_scale");
        }
    }

    private static long mebibytes(long bytes) {
        return bytes >> 20;
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
        float[] image = render(s, seed, work);
        work.stage("encoding PNG");
        Output png = OutputWriter.write(
                spec.workDir(), OUTPUT, "image/png", png(Renderer.toImage(image, s.outWidth(), s.outHeight())));
        work.stage("measuring PSNR");
        Map<String, Value> metrics = measure(spec, seed);
        return new RunOutcome(
                List.of(png),
                "rendered " + s.outWidth() + "x" + s.outHeight() + " with "
                        + s.sampler().wireName() + ", seed " + seed,
                metrics);
    }

    static float[] render(Settings s, long seed, WorkProgress work) throws InterruptedException {
        Scene scene = s.scene(seed);
        work.stage("sampling");
        Renderer.Frame base = Renderer.render(
                scene, s.width(), s.height(), s.steps(), s.hr() ? 0 : s.refinement(), s.sampler(), seed, work);
        if (!s.hr()) {
            return base.rgb();
        }
        work.stage("high-resolution fix");
        float[] up = Renderer.upscale(base.rgb(), 3, s.width(), s.height(), s.hrWidth(), s.hrHeight());
        float[] upVariance = Renderer.upscale(base.variance(), 1, s.width(), s.height(), s.hrWidth(), s.hrHeight());
        Renderer.Frame fine =
                Renderer.render(scene, s.hrWidth(), s.hrHeight(), s.hrSteps(), s.refinement(), s.sampler(), seed, work);
        return blend(up, upVariance, fine);
    }

    /**
     * Combines the upscaled first pass with the second pass pixel by pixel, weighting each by the
     * inverse of its expected squared error: the second pass's noise against the first pass's noise
     * plus its blur (measured as its distance from the second pass). Noisy soft areas keep both
     * passes; sharp edges keep the second.
     */
    private static float[] blend(float[] up, float[] upVariance, Renderer.Frame fine) {
        float[] out = new float[up.length];
        for (int p = 0; p < upVariance.length; p++) {
            double diff = up[p * 3 + 1] - fine.rgb()[p * 3 + 1];
            double fineError = fine.variance()[p];
            double upError = upVariance[p] + diff * diff;
            double weight = upError + fineError == 0 ? 0 : fineError / (upError + fineError);
            for (int c = 0; c < 3; c++) {
                int i = p * 3 + c;
                out[i] = (float) (up[i] * weight + fine.rgb()[i] * (1 - weight));
            }
        }
        return out;
    }

    /**
     * {@code psnr}: PSNR in dB of the PNG against a {@value Renderer#REFERENCE_SPP}-sample reference of
     * the same scene, over {@value #SCORED_PIXELS} pixels spread over the image by a hash.
     */
    @Override
    public Map<String, Value> measure(RunSpec spec, long seed) throws InterruptedException {
        if (!Metrics.wanted(spec.template(), "psnr")) {
            return Map.of();
        }
        Scene scene = Settings.of(spec).scene(seed);
        BufferedImage png = read(spec.workDir().resolve(OUTPUT));
        int w = png.getWidth();
        int h = png.getHeight();
        double squares = 0;
        for (int i = 0; i < SCORED_PIXELS; i++) {
            if (Thread.interrupted()) {
                throw new InterruptedException("cancelled while measuring");
            }
            int px = (int) Math.floorMod(Hashing.mix(2L * i), (long) w);
            int py = (int) Math.floorMod(Hashing.mix(2L * i + 1), (long) h);
            double[] ref = Renderer.reference(scene, w, h, px, py);
            int rgb = png.getRGB(px, py);
            for (int c = 0; c < 3; c++) {
                double d = ((rgb >> (16 - 8 * c)) & 0xff) - Math.pow(Math.min(1, ref[c]), 1 / 2.2) * 255;
                squares += d * d;
            }
        }
        double mse = Math.max(squares / (3.0 * SCORED_PIXELS), 1e-3);
        return Metrics.declared(spec.template(), Map.of("psnr", 10 * Math.log10(255.0 * 255 / mse)));
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw SetpointException.runFailed(file + " is not an image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
