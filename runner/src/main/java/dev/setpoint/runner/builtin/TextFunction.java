package dev.setpoint.runner.builtin;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Metrics;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Text completion with a character n-gram model ({@link NGramModel}) whose order follows
 * {@code model} (small 3, medium 4, large 5, xlarge 6). A token is one character; the completion of
 * {@code system_prompt} and {@code prompt} is sampled with temperature, top-k, top-p and a repetition
 * penalty, or searched with {@code num_beams} sampled beams, and written to {@code completion.txt}.
 * Work units are token-beams, weighted by what they cost ({@link Settings#workUnits}).
 */
final class TextFunction implements BuiltinFunction {

    /** Characters back that the repetition penalty looks at. */
    private static final int RECENT = 6;

    private static final String OUTPUT = "completion.txt";
    /** The time of one token of one beam: fixed, per model order, per beam (ns where measured; only ratios matter). */
    static final double TOKEN_COST = 6300;

    static final double ORDER_COST = 850;
    static final double BEAM_COST = 220;

    record Settings(
            String context,
            int tokens,
            double temperature,
            double topP,
            int topK,
            double penalty,
            int beams,
            int order) {

        static Settings of(RunSpec spec) {
            Params p = new Params(spec);
            String system = p.text("system_prompt");
            return new Settings(
                    system.isEmpty() ? p.text("prompt") : system + "\n" + p.text("prompt"),
                    (int) p.integer("max_tokens"),
                    p.number("temperature"),
                    p.number("top_p"),
                    (int) p.integer("top_k"),
                    p.number("repetition_penalty"),
                    (int) p.integer("num_beams"),
                    order(p.text("model")));
        }

        private static int order(String model) {
            return switch (model) {
                case "small" -> 3;
                case "medium" -> 4;
                case "large" -> 5;
                case "xlarge" -> 6;
                default ->
                    throw SetpointException.invalid(
                            "model",
                            "the built-in text function knows small, medium, large and xlarge, not '" + model + "'");
            };
        }

        /** Token-beams: what progress counts. */
        double tokenBeams() {
            return (double) tokens * beams;
        }

        /**
         * The cost of a run in token-beams of the medium model (order 4) with one beam: a higher order
         * reads more contexts per token, and every beam samples as many proposals as there are beams.
         * The weights were measured by {@code CostProfile text} (docs/FUNCTIONS.md).
         */
        double workUnits() {
            return tokenBeams() * tokenCost(order, beams) / tokenCost(4, 1);
        }

        private static double tokenCost(int order, int beams) {
            return TOKEN_COST + ORDER_COST * order + BEAM_COST * beams;
        }
    }

    /**
     * A partial completion as a chain back to its start, so that extending one by a character costs
     * the same at the 2,000th character as at the first (a string would be copied whole every time).
     * Beams are never compared (equals would walk the chain): proposals are told apart by character.
     */
    private record Beam(@Nullable Beam before, char last, double logProb) {

        static final Beam START = new Beam(null, '\0', 0);

        Beam then(char c, double logP) {
            return new Beam(this, c, logProb + logP);
        }

        /** The last {@code n} characters of the completion, fewer near its start. */
        String tail(int n) {
            StringBuilder reversed = new StringBuilder();
            for (Beam b = this; b.before != null && reversed.length() < n; b = b.before) {
                reversed.append(b.last);
            }
            return reversed.reverse().toString();
        }

        String text() {
            return tail(Integer.MAX_VALUE);
        }
    }

    @Override
    public double workUnits(RunSpec spec) {
        return Settings.of(spec).workUnits();
    }

    @Override
    public RunOutcome run(RunSpec spec, ProgressSink progress) throws InterruptedException {
        Settings s = Settings.of(spec);
        long seed = new Params(spec).seed();
        WorkProgress work = new WorkProgress(progress, s.tokenBeams());
        work.stage("generating");
        String text = generate(s, new SplittableRandom(seed), work);
        Output out = OutputWriter.write(spec.workDir(), OUTPUT, "text/plain", text.getBytes(StandardCharsets.UTF_8));
        work.stage("measuring bits per character");
        Map<String, Value> metrics = measure(spec, seed);
        return new RunOutcome(
                List.of(out),
                "generated " + text.length() + " characters with an order-" + s.order() + " model, seed " + seed,
                metrics);
    }

    private static String generate(Settings s, SplittableRandom rnd, WorkProgress work) throws InterruptedException {
        NGramModel model = NGramModel.corpusModel();
        List<Beam> beams = List.of(Beam.START);
        double[] p = new double[model.size()];
        for (int t = 0; t < s.tokens(); t++) {
            List<Beam> next = new ArrayList<>();
            for (Beam beam : beams) {
                model.distribution(history(s, beam), s.order(), p);
                double[] filtered = filter(s, p, beam.tail(RECENT));
                // Each beam proposes as many sampled continuations as there are beams; the best survive.
                // Two proposals of the same character are the same completion: it is kept once.
                boolean[] proposed = new boolean[p.length];
                for (int b = 0; b < s.beams(); b++) {
                    int c = sample(filtered, rnd);
                    if (!proposed[c]) {
                        proposed[c] = true;
                        next.add(beam.then(model.character(c), Math.log(p[c])));
                    }
                }
                work.advance(1);
            }
            beams = next.stream()
                    .sorted(Comparator.comparingDouble(Beam::logProb).reversed())
                    .limit(s.beams())
                    .toList();
        }
        return beams.get(0).text();
    }

    /** The last characters of the context and the completion, as many as the longest model order. */
    private static String history(Settings s, Beam beam) {
        String own = beam.tail(NGramModel.MAX_ORDER);
        String context = s.context();
        int fromContext = Math.min(context.length(), NGramModel.MAX_ORDER - own.length());
        return context.substring(context.length() - fromContext) + own;
    }

    /** Repetition penalty, temperature, top-k and top-p, in that order; returns sampling weights. */
    private static double[] filter(Settings s, double[] p, String text) {
        NGramModel model = NGramModel.corpusModel();
        double[] w = p.clone();
        for (int i = Math.max(0, text.length() - RECENT); i < text.length(); i++) {
            int c = model.indexOf(text.charAt(i));
            if (c >= 0 && model.character(c) != ' ') {
                w[c] = Math.pow(w[c], s.penalty());
            }
        }
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < w.length; i++) {
            order[i] = i;
            w[i] = s.temperature() == 0 ? w[i] : Math.pow(w[i], 1 / s.temperature());
        }
        Arrays.sort(order, (a, b) -> Double.compare(w[b], w[a]));
        if (s.temperature() == 0) {
            double[] greedy = new double[w.length];
            greedy[order[0]] = 1;
            return greedy;
        }
        double total = Arrays.stream(w).sum();
        double[] kept = new double[w.length];
        double mass = 0;
        for (int r = 0; r < order.length && (s.topK() == 0 || r < s.topK()) && (r == 0 || mass < s.topP()); r++) {
            kept[order[r]] = w[order[r]];
            mass += w[order[r]] / total;
        }
        return kept;
    }

    private static int sample(double[] weights, SplittableRandom rnd) {
        double total = Arrays.stream(weights).sum();
        double u = rnd.nextDouble() * total;
        int last = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                last = i;
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
        }
        return last;
    }

    /**
     * {@code bits_per_char}: cross-entropy in bits per character of the completion under the judge,
     * an order-{@value NGramModel#MAX_ORDER} model of the same corpus: how much the text reads like
     * the corpus. Lower is better; the sampling model's own orders are all lower than the judge's.
     */
    @Override
    public Map<String, Value> measure(RunSpec spec, long seed) {
        if (!Metrics.wanted(spec.template(), "bits_per_char")) {
            return Map.of();
        }
        Settings s = Settings.of(spec);
        String text;
        try {
            text = Files.readString(spec.workDir().resolve(OUTPUT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NGramModel judge = NGramModel.corpusModel();
        double[] p = new double[judge.size()];
        String all = s.context() + text;
        double bits = 0;
        for (int i = s.context().length(); i < all.length(); i++) {
            judge.distribution(all.substring(Math.max(0, i - NGramModel.MAX_ORDER), i), NGramModel.MAX_ORDER, p);
            int c = judge.indexOf(all.charAt(i));
            bits -= Math.log(c < 0 ? 1e-9 : p[c]) / Math.log(2);
        }
        return Metrics.declared(spec.template(), Map.of("bits_per_char", bits / Math.max(1, text.length())));
    }
}
