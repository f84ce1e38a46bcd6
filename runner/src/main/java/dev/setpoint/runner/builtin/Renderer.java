package dev.setpoint.runner.builtin;

import java.awt.image.BufferedImage;

/**
 * Renders a {@link Scene} by Monte Carlo integration: each pixel is the mean radiance over its area
 * and over the area light, estimated from {@code spp} points chosen by the {@link Sampler}. Run time
 * is proportional to pixels x samples. Single-threaded and deterministic for a seed.
 */
final class Renderer {

    /** Samples per pixel of the reference a render's quality is measured against. */
    static final int REFERENCE_SPP = 4096;

    private Renderer() {}

    /**
     * A rendered image.
     *
     * @param rgb linear RGB, three floats a pixel, row by row
     * @param variance per pixel, the estimated variance of its green mean (how noisy it still is)
     */
    record Frame(float[] rgb, float[] variance) {}

    /**
     * @param extra samples spent after the first {@code spp} a pixel, where the image is noisiest
     *     (the refiner's budget); the adaptive samplers spend half of {@code spp} that way too
     */
    static Frame render(Scene scene, int w, int h, int spp, long extra, Sampler sampler, long seed, WorkProgress work)
            throws InterruptedException {
        return render(scene, w, h, 0, spp, extra, sampler, seed, work);
    }

    /** As {@link #render(Scene, int, int, int, long, Sampler, long, WorkProgress)}, the view moved right by {@code offset} pixels. */
    static Frame render(
            Scene scene, int w, int h, int offset, int spp, long extra, Sampler sampler, long seed, WorkProgress work)
            throws InterruptedException {
        int first = sampler.firstSamples(spp);
        double[] sum = new double[w * h * 3];
        double[] squares = new double[w * h];
        int[] counts = new int[w * h];
        double[] buffer = new double[first * Sampler.DIMENSIONS];
        for (int py = 0; py < h; py++) {
            for (int px = 0; px < w; px++) {
                int i = py * w + px;
                squares[i] = accumulate(scene, w, h, offset, px, py, 0, first, sampler, seed, buffer, sum);
                counts[i] = first;
            }
            work.advance((double) w * first);
        }
        long budget = (long) w * h * (spp - first) + extra;
        if (budget > 0) {
            refineNoisiest(scene, w, h, offset, budget, sampler, seed, sum, squares, counts, work);
        }
        float[] image = new float[w * h * 3];
        float[] variance = new float[w * h];
        for (int i = 0; i < w * h * 3; i++) {
            image[i] = (float) (sum[i] / counts[i / 3]);
        }
        for (int i = 0; i < w * h; i++) {
            double mean = image[i * 3 + 1];
            variance[i] = (float) (Math.max(0, squares[i] / counts[i] - mean * mean) / counts[i]);
        }
        return new Frame(image, variance);
    }

    /**
     * Spends {@code budget} more samples in proportion to each pixel's standard deviation (plus a
     * floor, so a pixel whose first samples happened to agree still gets some).
     */
    private static void refineNoisiest(
            Scene scene,
            int w,
            int h,
            int offset,
            long budget,
            Sampler sampler,
            long seed,
            double[] sum,
            double[] squares,
            int[] counts,
            WorkProgress work)
            throws InterruptedException {
        double[] spread = new double[w * h];
        double total = 0;
        for (int i = 0; i < w * h; i++) {
            double n = counts[i];
            double mean = sum[i * 3 + 1] / n;
            spread[i] = Math.sqrt(Math.max(0, squares[i] / n - mean * mean));
        }
        if (sampler.smoothsNoise()) {
            spread = neighbourhoodMax(spread, w, h);
        }
        for (int i = 0; i < w * h; i++) {
            total += spread[i];
        }
        double floor = 0.1 * total / (w * h) + 1e-9;
        double weight = total + floor * w * h;
        double cumulative = 0;
        long given = 0;
        double[] buffer = new double[0];
        for (int py = 0; py < h; py++) {
            long rowSamples = 0;
            for (int px = 0; px < w; px++) {
                int i = py * w + px;
                cumulative += spread[i] + floor;
                long upTo = Math.round(budget * (cumulative / weight));
                int extra = (int) (upTo - given);
                given = upTo;
                if (extra > 0) {
                    int to = counts[i] + extra;
                    if (buffer.length < to * Sampler.DIMENSIONS) {
                        buffer = new double[to * Sampler.DIMENSIONS];
                    }
                    squares[i] += accumulate(scene, w, h, offset, px, py, counts[i], to, sampler, seed, buffer, sum);
                    counts[i] = to;
                    rowSamples += extra;
                }
            }
            work.advance(rowSamples);
        }
    }

    private static double[] neighbourhoodMax(double[] values, int w, int h) {
        double[] out = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double max = 0;
                for (int dy = Math.max(0, y - 1); dy <= Math.min(h - 1, y + 1); dy++) {
                    for (int dx = Math.max(0, x - 1); dx <= Math.min(w - 1, x + 1); dx++) {
                        max = Math.max(max, values[dy * w + dx]);
                    }
                }
                out[y * w + x] = max;
            }
        }
        return out;
    }

    /**
     * Adds samples {@code from} to {@code to} of one pixel to {@code sum}; returns the sum of the
     * squares of their green channel (the variance estimate of the adaptive samplers).
     */
    private static double accumulate(
            Scene scene,
            int w,
            int h,
            int offset,
            int px,
            int py,
            int from,
            int to,
            Sampler sampler,
            long seed,
            double[] points,
            double[] sum) {
        return accumulate(scene, w, h, offset, px, py, from, to, sampler, seed, points, sum, (py * w + px) * 3);
    }

    private static double accumulate(
            Scene scene,
            int w,
            int h,
            int offset,
            int px,
            int py,
            int from,
            int to,
            Sampler sampler,
            long seed,
            double[] points,
            double[] sum,
            int base) {
        sampler.points(pixelSeed(seed, w, px, py), to, points);
        double[] rgb = new double[3];
        double squares = 0;
        for (int s = from; s < to; s++) {
            int p = s * Sampler.DIMENSIONS;
            scene.shade((px + offset + points[p]) / h, (py + points[p + 1]) / h, points[p + 2], points[p + 3], rgb);
            sum[base] += rgb[0];
            sum[base + 1] += rgb[1];
            sum[base + 2] += rgb[2];
            squares += rgb[1] * rgb[1];
        }
        return squares;
    }

    /** The reference value of one pixel: {@link #REFERENCE_SPP} low-discrepancy samples. */
    static double[] reference(Scene scene, int w, int h, int px, int py) {
        return reference(scene, w, h, 0, px, py);
    }

    static double[] reference(Scene scene, int w, int h, int offset, int px, int py) {
        double[] sum = new double[3];
        double[] points = new double[REFERENCE_SPP * Sampler.DIMENSIONS];
        accumulate(scene, w, h, offset, px, py, 0, REFERENCE_SPP, Sampler.DPM_2M, 0x5e7901L, points, sum, 0);
        return new double[] {sum[0] / REFERENCE_SPP, sum[1] / REFERENCE_SPP, sum[2] / REFERENCE_SPP};
    }

    /** Bilinear resampling of an image of {@code channels} floats a pixel to a new size. */
    static float[] upscale(float[] image, int channels, int w, int h, int toW, int toH) {
        float[] out = new float[toW * toH * channels];
        for (int y = 0; y < toH; y++) {
            double sy = Math.max(0, Math.min(h - 1, (y + 0.5) * h / toH - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(h - 1, y0 + 1);
            double fy = sy - y0;
            for (int x = 0; x < toW; x++) {
                double sx = Math.max(0, Math.min(w - 1, (x + 0.5) * w / toW - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(w - 1, x0 + 1);
                double fx = sx - x0;
                for (int c = 0; c < channels; c++) {
                    double top =
                            image[(y0 * w + x0) * channels + c] * (1 - fx) + image[(y0 * w + x1) * channels + c] * fx;
                    double bottom =
                            image[(y1 * w + x0) * channels + c] * (1 - fx) + image[(y1 * w + x1) * channels + c] * fx;
                    out[(y * toW + x) * channels + c] = (float) (top * (1 - fy) + bottom * fy);
                }
            }
        }
        return out;
    }

    /** 8-bit sRGB-ish (gamma 2.2) of a linear value, as the PNG stores it. */
    static int toByte(double linear) {
        return (int) Math.round(Math.pow(Math.max(0, Math.min(1, linear)), 1 / 2.2) * 255);
    }

    static BufferedImage toImage(float[] image, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 3;
                out.setRGB(x, y, toByte(image[i]) << 16 | toByte(image[i + 1]) << 8 | toByte(image[i + 2]));
            }
        }
        return out;
    }

    private static long pixelSeed(long seed, int w, int px, int py) {
        return Hashing.mix(Hashing.mix(seed, w), (long) py * w + px);
    }
}
