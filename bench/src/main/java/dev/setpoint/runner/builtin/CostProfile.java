package dev.setpoint.runner.builtin;

import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Measures the cost weights behind a built-in function's work units (docs/FUNCTIONS.md): runs a grid
 * of configurations, counts what each run does per component (partial-samples per oscillator,
 * first-pass and later samples per sampler, ...), and fits {@code seconds = sum(weight x count) +
 * constant} by least squares on the relative error. Prints each weight relative to the first one next
 * to the shipped weight, and how closely the shipped work units alone (one rate and a constant)
 * follow the measured times. The first half of the rounds warms the JIT and is left out. It lives in
 * the runner's package to read the functions' own counts. Usage:
 * {@code CostProfile audio|image|video|text [rounds, default 4] [seed, default 1]}.
 */
public final class CostProfile {

    private record Profile(
            String template,
            Executor executor,
            List<String> components,
            double[] shipped,
            Function<Random, List<Map<String, Value>>> grid,
            Function<RunSpec, double[]> counts) {}

    private record Run(double[] counts, double units, double seconds) {}

    private static final String PROMPT = "a lighthouse on a cliff at dusk";

    private CostProfile() {}

    public static void main(String[] args) throws Exception {
        Profile profile = switch (args.length > 0 ? args[0] : "") {
            case "audio" -> audio();
            case "image" -> image();
            case "video" -> video();
            case "text" -> text();
            default -> throw new IllegalArgumentException("usage: CostProfile audio|image|video|text [rounds] [seed]");
        };
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 1);
        Template template = TemplateRegistry.builtin().resolve(profile.template());
        List<Run> runs = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (Map<String, Value> parameters : profile.grid().apply(random)) {
                Run run = run(profile, new RunSpec(template, parameters, Files.createTempDirectory("setpoint-cost-")));
                if (round >= rounds / 2) {
                    runs.add(run);
                }
            }
        }
        report(profile, runs);
    }

    private static Run run(Profile profile, RunSpec spec) throws InterruptedException {
        double[] counts = profile.counts().apply(spec);
        double units = profile.executor().workUnits(spec);
        long start = System.nanoTime();
        profile.executor().run(spec, ProgressSink.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        delete(spec.workDir());
        return new Run(counts, units, seconds);
    }

    private static void report(Profile profile, List<Run> runs) {
        double[] y = runs.stream().mapToDouble(Run::seconds).toArray();
        double[][] x = runs.stream().map(r -> withConstant(r.counts())).toArray(double[][]::new);
        double[] weights = RelativeLeastSquares.fit(x, y);
        System.out.printf(
                Locale.ROOT,
                "%d runs of %s after as many rounds of warm-up%n%-28s %10s %10s%n",
                runs.size(),
                profile.template(),
                "component",
                "measured",
                "shipped");
        for (int k = 0; k < profile.components().size(); k++) {
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %10.3f %10.3f%n",
                    profile.components().get(k),
                    weights[k] / weights[0],
                    profile.shipped()[k] / profile.shipped()[0]);
        }
        System.out.printf(Locale.ROOT, "fitted weights: median error %s%n", RelativeLeastSquares.errors(x, y, weights));
        double[][] shipped = runs.stream().map(r -> new double[] {r.units(), 1}).toArray(double[][]::new);
        double[] line = RelativeLeastSquares.fit(shipped, y);
        System.out.printf(
                Locale.ROOT,
                "shipped work units (%.4g ns a unit, %.2f ms a run): median error %s%n",
                line[0] * 1e9,
                line[1] * 1e3,
                RelativeLeastSquares.errors(shipped, y, line));
    }

    private static double[] withConstant(double[] counts) {
        double[] row = Arrays.copyOf(counts, counts.length + 1);
        row[counts.length] = 1;
        return row;
    }

    private static Profile audio() {
        // Balanced first, so that the weights read relative to it as the shipped ones do.
        List<AudioFunction.Oscillator> oscillators = List.of(
                AudioFunction.Oscillator.BALANCED,
                AudioFunction.Oscillator.FAST,
                AudioFunction.Oscillator.HIGH,
                AudioFunction.Oscillator.MAXIMUM);
        List<String> components = new ArrayList<>();
        double[] shipped = new double[oscillators.size() + 1];
        for (AudioFunction.Oscillator o : oscillators) {
            components.add("partial-sample, " + o.name().toLowerCase(Locale.ROOT));
            shipped[oscillators.indexOf(o)] = o.cost();
        }
        components.add("note-sample");
        shipped[oscillators.size()] = AudioFunction.NOTE_SAMPLE_COST;
        return new Profile(
                "text-to-audio",
                new AudioFunction(),
                components,
                shipped,
                random -> {
                    List<Map<String, Value>> grid = new ArrayList<>();
                    for (AudioFunction.Oscillator oscillator : oscillators) {
                        for (int iterations : new int[] {10, 40, 160}) {
                            for (int rate : new int[] {16000, 48000}) {
                                for (int channels : new int[] {1, 2}) {
                                    grid.add(parameters(
                                            random,
                                            "duration_seconds",
                                            4 + random.nextInt(8),
                                            "sample_rate",
                                            rate,
                                            "processing_quality",
                                            oscillator.name().toLowerCase(Locale.ROOT),
                                            "channels",
                                            channels,
                                            "iterations",
                                            iterations));
                                }
                            }
                        }
                    }
                    return grid;
                },
                spec -> {
                    AudioFunction.Settings s = AudioFunction.Settings.of(spec);
                    double[] counts = new double[oscillators.size() + 1];
                    for (AudioFunction.Note n :
                            s.notes(new Params(spec).chosenSeed().orElseThrow())) {
                        double samples = Math.round(n.length() * s.sampleRate());
                        counts[oscillators.indexOf(s.oscillator())] +=
                                samples * AudioFunction.Settings.partialsOf(n.frequency(), s.limit(), s.partials());
                        counts[oscillators.size()] += samples;
                    }
                    return counts;
                });
    }

    private static Profile image() {
        Sampler[] samplers = Sampler.values();
        List<String> components = new ArrayList<>();
        double[] shipped = new double[2 * samplers.length + 2];
        for (Sampler s : samplers) {
            components.add("first sample, " + s.name().toLowerCase(Locale.ROOT));
            shipped[s.ordinal()] = s.firstCost();
        }
        for (Sampler s : samplers) {
            components.add("later sample, " + s.name().toLowerCase(Locale.ROOT));
            shipped[samplers.length + s.ordinal()] = s.refineCost();
        }
        components.add("sample x (shapes - 7)");
        shipped[2 * samplers.length] = ImageFunction.SHAPE_COST;
        components.add("pixel of a pass");
        shipped[2 * samplers.length + 1] = ImageFunction.PIXEL_COST;
        return new Profile(
                "sd-image",
                new ImageFunction(),
                components,
                shipped,
                random -> {
                    List<Map<String, Value>> grid = new ArrayList<>();
                    for (String sampler :
                            List.of("euler", "euler_a", "ddim", "dpm++_2m", "dpm++_2m_karras", "dpm++_3m_sde_karras")) {
                        for (int steps : new int[] {8, 30}) {
                            for (int size : new int[] {256, 512}) {
                                for (String mode : List.of("plain", "hr", "refine")) {
                                    grid.add(parameters(
                                            random,
                                            "sampler",
                                            sampler,
                                            "steps",
                                            steps,
                                            "width",
                                            size,
                                            "height",
                                            size,
                                            "enable_hr_fix",
                                            mode.equals("hr"),
                                            "hr_scale",
                                            1.5,
                                            "hr_steps",
                                            10,
                                            "enable_refinement",
                                            mode.equals("refine")));
                                }
                            }
                        }
                    }
                    return grid;
                },
                spec -> {
                    ImageFunction.Settings s = ImageFunction.Settings.of(spec);
                    int shapes =
                            s.scene(new Params(spec).chosenSeed().orElseThrow()).shapeCount();
                    double[] counts = new double[2 * samplers.length + 2];
                    int i = s.sampler().ordinal();
                    addPass(
                            counts,
                            i,
                            samplers.length,
                            s.sampler(),
                            s.width(),
                            s.height(),
                            s.steps(),
                            s.hr() ? 0 : s.refinement(),
                            shapes);
                    if (s.hr()) {
                        addPass(
                                counts,
                                i,
                                samplers.length,
                                s.sampler(),
                                s.hrWidth(),
                                s.hrHeight(),
                                s.hrSteps(),
                                s.refinement(),
                                shapes);
                    }
                    return counts;
                });
    }

    private static void addPass(
            double[] counts, int sampler, int samplers, Sampler s, int w, int h, int spp, long extra, int shapes) {
        double pixels = (double) w * h;
        int first = s.firstSamples(spp);
        double later = pixels * (spp - first) + extra;
        counts[sampler] += pixels * first;
        counts[samplers + sampler] += later;
        counts[2 * samplers] += (shapes - ImageFunction.MEAN_SHAPES) * (pixels * first + later);
        counts[2 * samplers + 1] += pixels;
    }

    private static Profile video() {
        return new Profile(
                "text-to-video",
                new VideoFunction(),
                List.of("pixel-sample", "pixel-sample x (shapes - 7)", "pixel encoded"),
                new double[] {1, VideoFunction.SHAPE_COST, VideoFunction.ENCODE_COST},
                random -> {
                    List<Map<String, Value>> grid = new ArrayList<>();
                    for (int width : new int[] {192, 384}) {
                        for (int frames : new int[] {6, 16}) {
                            for (int steps : new int[] {4, 25}) {
                                for (boolean interpolation : new boolean[] {false, true}) {
                                    grid.add(parameters(
                                            random,
                                            "width",
                                            width,
                                            "height",
                                            width * 9 / 16 / 8 * 8,
                                            "frames",
                                            frames,
                                            "steps",
                                            steps,
                                            "interpolation",
                                            interpolation,
                                            "motion_quality",
                                            random.nextBoolean() ? "low" : "high"));
                                }
                            }
                        }
                    }
                    return grid;
                },
                spec -> {
                    VideoFunction.Settings s = VideoFunction.Settings.of(spec);
                    int shapes =
                            s.scene(new Params(spec).chosenSeed().orElseThrow()).shapeCount();
                    return new double[] {
                        s.samples(),
                        s.samples() * (shapes - ImageFunction.MEAN_SHAPES),
                        (double) s.width() * s.height() * s.frames() * (s.interpolate() ? 2 : 1)
                    };
                });
    }

    private static Profile text() {
        return new Profile(
                "text-completion",
                new TextFunction(),
                List.of("token-beam", "token-beam x model order", "token-beam x beams"),
                new double[] {TextFunction.TOKEN_COST, TextFunction.ORDER_COST, TextFunction.BEAM_COST},
                random -> {
                    List<Map<String, Value>> grid = new ArrayList<>();
                    for (String model : List.of("small", "medium", "large", "xlarge")) {
                        for (int tokens : new int[] {256, 1024, 2048}) {
                            for (int beams : new int[] {1, 2, 4}) {
                                grid.add(parameters(random, "model", model, "max_tokens", tokens, "num_beams", beams));
                            }
                        }
                    }
                    return grid;
                },
                spec -> {
                    TextFunction.Settings s = TextFunction.Settings.of(spec);
                    double tokenBeams = s.tokenBeams();
                    return new double[] {tokenBeams, tokenBeams * s.order(), tokenBeams * s.beams()};
                });
    }

    /** A prompt, a random seed, and {@code pairs} of names and values. */
    private static Map<String, Value> parameters(Random random, Object... pairs) {
        Map<String, Value> parameters = new LinkedHashMap<>();
        parameters.put("prompt", Value.of(PROMPT));
        parameters.put("seed", Value.of(random.nextInt(1_000_000)));
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            parameters.put(
                    (String) pairs[i],
                    v instanceof String t
                            ? Value.of(t)
                            : v instanceof Boolean b
                                    ? Value.of(b)
                                    : v instanceof Integer n ? Value.of(n) : Value.of((Double) v));
        }
        return parameters;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
