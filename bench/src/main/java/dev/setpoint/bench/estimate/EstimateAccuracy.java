package dev.setpoint.bench.estimate;

import dev.setpoint.core.estimate.AccuracyReport;
import dev.setpoint.core.estimate.Estimate;
import dev.setpoint.core.estimate.HistoryEstimator;
import dev.setpoint.core.estimate.RunHistory;
import dev.setpoint.core.estimate.RunObservation;
import dev.setpoint.core.estimate.Work;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.resolve.Seeds;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.InputType;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunSpec;
import dev.setpoint.runner.builtin.BuiltinFunctions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The accuracy target, measured as production would see it: for each built-in template, real
 * runs through its executor with varied inputs and levels; each run is given its estimate before it
 * starts (from the runs before it, as a job is), then timed and added to the history. Prints the
 * accuracy report, and the same figures for the runs made once a template had {@value #TRAINING}
 * runs (the target). Usage: {@code EstimateAccuracy [runs per template, default 36] [seed,
 * default 1] [template ids, comma-separated, default every built-in]}.
 */
public final class EstimateAccuracy {

    /** Runs of a template before the target applies. */
    private static final int TRAINING = 20;

    private static final List<String> LEVELS = List.of("draft", "standard", "high", "ultra");
    private static final String PROMPT = "a lighthouse on a cliff at dusk, waves below";

    private final Resolver resolver = new Resolver();
    private final Random random;

    EstimateAccuracy(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 36;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        List<String> only = args.length > 2 ? List.of(args[2].split(",")) : List.of();
        List<RunObservation> history = new ArrayList<>();
        EstimateAccuracy bench = new EstimateAccuracy(seed);
        for (Template template : TemplateRegistry.builtin().list()) {
            Optional<Executor> executor = builtin(template);
            if (executor.isPresent() && (only.isEmpty() || only.contains(template.id()))) {
                bench.measure(template, executor.get(), runs, history);
            }
        }
        print(AccuracyReport.of(history), AccuracyReport.of(afterTraining(history)));
    }

    /** The template's built-in function; empty for a template that runs a command or a backend. */
    static Optional<Executor> builtin(Template template) {
        return template.execution() instanceof Execution.Builtin b
                ? BuiltinFunctions.named(b.function())
                : Optional.empty();
    }

    /** Runs {@code template} {@code runs} times, each estimated from the history before it, and appends it. */
    void measure(Template template, Executor executor, int runs, List<RunObservation> history)
            throws InterruptedException {
        HistoryEstimator estimator = new HistoryEstimator(RunHistory.of(history));
        for (int i = 0; i < runs; i++) {
            ResolvedQuality quality = QualityCatalog.builtin().resolve(LEVELS.get(random.nextInt(LEVELS.size())));
            RunSpec spec = spec(template, quality, variedInputs(template), true);
            RunSpec reference = spec(template, quality, required(template), false);
            delete(reference.workDir());
            Work work = new Work(executor.workUnits(spec), executor.workUnits(reference));
            Estimate estimate = estimator.estimate(template, quality, work);
            long start = System.nanoTime();
            executor.run(spec, ProgressSink.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            delete(spec.workDir());
            history.add(new RunObservation(
                    template.ref(), quality.preset().id(), work.units(), seconds, estimate.expectedSeconds()));
            System.err.printf(
                    Locale.ROOT,
                    "%s %-8s work %.4g estimated %.4g s (%s) took %.4g s%n",
                    template.ref(),
                    quality.preset().id(),
                    work.units(),
                    estimate.expectedSeconds(),
                    estimate.basis().id(),
                    seconds);
        }
    }

    /** The point's run; {@code drawSeed} as a job's submission draws it, for the run itself. */
    RunSpec spec(Template template, ResolvedQuality quality, Map<String, Value> inputs, boolean drawSeed) {
        Map<String, Value> resolved = resolver.apply(
                        new ApplyRequest(template, quality, List.of(), MergeStrategy.UNION, inputs))
                .parameters();
        Map<String, Value> parameters = drawSeed ? Seeds.drawn(template, resolved, random) : resolved;
        try {
            return new RunSpec(template, parameters, Files.createTempDirectory("setpoint-estimate-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The required inputs, with a fixed text: the template's defaults at a level. */
    static Map<String, Value> required(Template template) {
        Map<String, Value> inputs = new LinkedHashMap<>();
        template.inputs().values().stream()
                .filter(InputSpec::required)
                .forEach(spec -> inputs.put(spec.name(), Value.of(PROMPT)));
        return inputs;
    }

    /** The required inputs, and about half the numeric ones (not the seed) at 0.5x to 1.5x their default. */
    private Map<String, Value> variedInputs(Template template) {
        Map<String, Value> inputs = required(template);
        for (InputSpec spec : template.inputs().values()) {
            boolean numeric = spec.type() == InputType.INTEGER || spec.type() == InputType.NUMBER;
            if (numeric
                    && !spec.name().equals("seed")
                    && spec.defaultValue() instanceof Value.Num n
                    && random.nextBoolean()) {
                BigDecimal scaled = n.value().multiply(BigDecimal.valueOf(0.5 + random.nextDouble()));
                Value value = Value.of(rounded(spec, scaled));
                if (spec.check(value).isEmpty()) {
                    inputs.put(spec.name(), value);
                }
            }
        }
        return inputs;
    }

    private static BigDecimal rounded(InputSpec spec, BigDecimal n) {
        BigDecimal step = spec.multipleOf() != null
                ? spec.multipleOf()
                : spec.type() == InputType.INTEGER ? BigDecimal.ONE : new BigDecimal("0.1");
        BigDecimal r = n.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
        r = spec.min() != null && r.compareTo(spec.min()) < 0 ? spec.min() : r;
        return spec.max() != null && r.compareTo(spec.max()) > 0 ? spec.max() : r;
    }

    /** Each template's runs after its first {@value #TRAINING}. */
    private static List<RunObservation> afterTraining(List<RunObservation> history) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        return history.stream()
                .filter(run -> seen.merge(run.template(), 1, Integer::sum) > TRAINING)
                .toList();
    }

    private static void print(AccuracyReport report, AccuracyReport trained) {
        System.out.printf(
                Locale.ROOT,
                "%-24s %5s %13s %11s %8s %13s %11s %8s %13s %11s%n",
                "template",
                "runs",
                "median error",
                "within 15%",
                "learned",
                "median error",
                "within 15%",
                "after " + TRAINING,
                "median error",
                "within 15%");
        report.templates()
                .forEach(t -> row(
                        t.template(),
                        t.all(),
                        t.learned(),
                        trained.templates().stream()
                                .filter(a -> a.template().equals(t.template()))
                                .map(AccuracyReport.TemplateAccuracy::all)
                                .findFirst()
                                .orElse(null)));
        row("all", report.all(), report.learned(), trained.all());
    }

    private static void row(
            String name,
            AccuracyReport.Accuracy all,
            AccuracyReport.Accuracy learned,
            AccuracyReport.@Nullable Accuracy trained) {
        System.out.printf(
                Locale.ROOT,
                "%-24s %5d %12.1f%% %10.1f%% %8d %12.1f%% %10.1f%%",
                name,
                all.runs(),
                all.medianErrorPercent(),
                all.percentWithinTolerance(),
                learned.runs(),
                learned.medianErrorPercent(),
                learned.percentWithinTolerance());
        if (trained != null && trained.runs() > 0) {
            System.out.printf(
                    Locale.ROOT,
                    " %8d %12.1f%% %10.1f%%",
                    trained.runs(),
                    trained.medianErrorPercent(),
                    trained.percentWithinTolerance());
        }
        System.out.println();
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
