package dev.setpoint.runner.builtin;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A small analytic scene made from a prompt and a seed: a sky and ground gradient, floating discs
 * and panels that cast soft shadows from a square area light, discs shaded as spheres with a
 * highlight. Coordinates are in image heights (y down, 0 to 1; x from 0 to the aspect ratio), so the
 * same scene renders at any size.
 */
final class Scene {

    /** Hues (turns) of colour words a prompt may name; the first one found sets the palette. */
    private static final String[] COLOUR_WORDS = {"red", "orange", "yellow", "green", "cyan", "blue", "purple", "pink"};

    private static final double[] COLOUR_HUES = {0.0, 0.08, 0.15, 0.33, 0.5, 0.62, 0.77, 0.9};
    private static final double LIGHT_SIZE = 0.7;

    private final double aspect;
    private final double horizon;
    private final double[] skyTop;
    private final double[] skyLow;
    private final double[] groundNear;
    private final double[] groundFar;
    private final double lightX;
    private final double lightY;
    // The shapes in painter's order (highest first), one array per field: the loops over them are
    // the whole of a sample's cost, and flat arrays keep that cost the same however HotSpot compiled them.
    private final boolean[] round;
    private final double[] centreX;
    private final double[] centreY;
    private final double[] radiusX;
    private final double[] radiusY;
    private final double[] inverseRadiusX;
    private final double[] inverseRadiusY;
    private final double[] height;
    private final double[][] colours;

    /** A disc (round) or a rectangle floating {@code height} above the backdrop. */
    private record Shape(boolean round, double cx, double cy, double rx, double ry, double height, double[] colour) {}

    /**
     * @param cfg how strongly colours follow the prompt's palette (saturation and contrast)
     * @param negative a non-empty negative prompt pushes the palette's hues away from its own hue
     */
    Scene(String prompt, String negative, double cfg, long seed, double aspect) {
        this.aspect = aspect;
        SplittableRandom rnd = new SplittableRandom(Hashing.mix(Hashing.of(prompt), seed));
        double base = promptHue(prompt, rnd.nextDouble());
        double avoid = negative.isBlank() ? Double.NaN : Hashing.unit(Hashing.of(negative));
        double saturation = Math.min(1, 0.15 + cfg / 12);
        horizon = 0.45 + 0.25 * rnd.nextDouble();
        skyTop = colour(hue(base + 0.5, avoid), saturation * 0.6, 0.35);
        skyLow = colour(hue(base + 0.45, avoid), saturation * 0.3, 0.85);
        groundFar = colour(hue(base + 0.1, avoid), saturation * 0.5, 0.55);
        groundNear = colour(hue(base + 0.1, avoid), saturation * 0.7, 0.25);
        lightX = rnd.nextDouble() * 1.2 - 0.6;
        lightY = -0.3 - 0.5 * rnd.nextDouble();
        int count = 5 + rnd.nextInt(5);
        Shape[] shapes = new Shape[count];
        for (int i = 0; i < count; i++) {
            double size = 0.05 + 0.13 * rnd.nextDouble();
            boolean isRound = rnd.nextDouble() < 0.6;
            double stretch = isRound ? 1 : 0.5 + rnd.nextDouble();
            double h = i % 3 == 0 ? hue(base + 0.5, avoid) : hue(base + (rnd.nextDouble() - 0.5) * 0.3, avoid);
            shapes[i] = new Shape(
                    isRound,
                    aspect * (0.1 + 0.8 * rnd.nextDouble()),
                    0.15 + 0.75 * rnd.nextDouble(),
                    size * stretch,
                    size,
                    0.02 + 0.1 * rnd.nextDouble(),
                    colour(h, saturation, 0.45 + 0.3 * rnd.nextDouble()));
        }
        // Painter's order: the highest shape is tested first and hides the others.
        java.util.Arrays.sort(shapes, (a, b) -> Double.compare(b.height(), a.height()));
        round = new boolean[count];
        centreX = new double[count];
        centreY = new double[count];
        radiusX = new double[count];
        radiusY = new double[count];
        inverseRadiusX = new double[count];
        inverseRadiusY = new double[count];
        height = new double[count];
        colours = new double[count][];
        for (int i = 0; i < count; i++) {
            Shape shape = shapes[i];
            round[i] = shape.round();
            centreX[i] = shape.cx();
            centreY[i] = shape.cy();
            radiusX[i] = shape.rx();
            radiusY[i] = shape.ry();
            inverseRadiusX[i] = 1 / shape.rx();
            inverseRadiusY[i] = 1 / shape.ry();
            height[i] = shape.height();
            colours[i] = shape.colour();
        }
    }

    /** How many discs and panels: every sample tests each of them twice. */
    int shapeCount() {
        return round.length;
    }

    double aspect() {
        return aspect;
    }

    /**
     * The linear RGB radiance seen through image point (x, y) with the light sampled at (lu, lv) of
     * its square, written to {@code rgb}. Every sample tests every shape twice, for what it sees and
     * for what shades it, even where the first test already decided: so a sample costs the same
     * wherever it falls, and a render's time follows its samples and shapes, not the layout.
     */
    void shade(double x, double y, double lu, double lv, double[] rgb) {
        double dx = lightX + LIGHT_SIZE * (lu - 0.5);
        double dy = lightY + LIGHT_SIZE * (lv - 0.5);
        int seen = -1;
        boolean shadowed = false;
        for (int i = round.length - 1; i >= 0; i--) {
            if (contains(i, x, y)) {
                seen = i;
            }
            shadowed |= contains(i, x + height[i] * dx, y + height[i] * dy);
        }
        if (seen >= 0) {
            shadeShape(seen, x, y, dx, dy, rgb);
        } else {
            shadeBackdrop(y, shadowed ? 0.3 : 1, rgb);
        }
    }

    private boolean contains(int shape, double x, double y) {
        double u = (x - centreX[shape]) * inverseRadiusX[shape];
        double v = (y - centreY[shape]) * inverseRadiusY[shape];
        return round[shape] ? u * u + v * v < 1 : Math.max(Math.abs(u), Math.abs(v)) < 1;
    }

    private void shadeBackdrop(double y, double lit, double[] rgb) {
        double[] a;
        double[] b;
        double t;
        if (y < horizon) {
            a = skyTop;
            b = skyLow;
            t = y / horizon;
        } else {
            a = groundFar;
            b = groundNear;
            t = (y - horizon) / (1 - horizon);
        }
        for (int c = 0; c < 3; c++) {
            rgb[c] = lit * (a[c] + (b[c] - a[c]) * t);
        }
    }

    private void shadeShape(int shape, double x, double y, double dx, double dy, double[] rgb) {
        double nx = 0;
        double ny = 0;
        double nz = 1;
        if (round[shape]) {
            nx = (x - centreX[shape]) / radiusX[shape];
            ny = (y - centreY[shape]) / radiusY[shape];
            nz = Math.sqrt(Math.max(0, 1 - nx * nx - ny * ny));
        }
        double len = Math.sqrt(dx * dx + dy * dy + 1);
        double lx = dx / len;
        double ly = dy / len;
        double lz = 1 / len;
        double diffuse = Math.max(0, nx * lx + ny * ly + nz * lz);
        double hx = lx;
        double hy = ly;
        double hz = lz + 1;
        double hl = Math.sqrt(hx * hx + hy * hy + hz * hz);
        double spec = Math.max(0, (nx * hx + ny * hy + nz * hz) / hl);
        spec *= spec;
        spec *= spec;
        spec *= spec;
        spec *= spec;
        spec *= spec;
        double highlight = round[shape] ? 0.6 * spec : 0;
        double[] colour = colours[shape];
        for (int c = 0; c < 3; c++) {
            rgb[c] = colour[c] * (0.2 + 0.8 * diffuse) + highlight;
        }
    }

    private static double promptHue(String prompt, double fallback) {
        String lower = prompt.toLowerCase(Locale.ROOT);
        for (int i = 0; i < COLOUR_WORDS.length; i++) {
            if (lower.matches("(?s).*\\b" + COLOUR_WORDS[i] + "\\b.*")) {
                return COLOUR_HUES[i];
            }
        }
        return fallback;
    }

    /** Wraps a hue into [0, 1) and keeps it at least a quarter turn from the negative prompt's hue. */
    private static double hue(double h, double avoid) {
        h = h - Math.floor(h);
        if (Double.isNaN(avoid)) {
            return h;
        }
        double d = h - avoid;
        d -= Math.rint(d);
        if (Math.abs(d) < 0.25) {
            h = avoid + Math.copySign(0.25, d == 0 ? 1 : d);
        }
        return h - Math.floor(h);
    }

    /** Linear RGB of an HSL colour. */
    private static double[] colour(double hue, double saturation, double lightness) {
        double q = lightness < 0.5 ? lightness * (1 + saturation) : lightness + saturation - lightness * saturation;
        double p = 2 * lightness - q;
        double[] rgb = {channel(p, q, hue + 1.0 / 3), channel(p, q, hue), channel(p, q, hue - 1.0 / 3)};
        for (int c = 0; c < 3; c++) {
            rgb[c] = Math.pow(rgb[c], 2.2);
        }
        return rgb;
    }

    private static double channel(double p, double q, double t) {
        t -= Math.floor(t);
        if (t < 1.0 / 6) {
            return p + (q - p) * 6 * t;
        } else if (t < 0.5) {
            return q;
        } else if (t < 2.0 / 3) {
            return p + (q - p) * (2.0 / 3 - t) * 6;
        }
        return p;
    }
}
