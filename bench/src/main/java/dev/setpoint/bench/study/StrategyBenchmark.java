package dev.setpoint.bench.study;

import dev.setpoint.core.format.StudyJson;
import dev.setpoint.core.study.Budget;
import dev.setpoint.core.study.Constraint;
import dev.setpoint.core.study.Direction;
import dev.setpoint.core.study.Objective;
import dev.setpoint.core.study.Replay;
import dev.setpoint.core.study.ScoredTrial;
import dev.setpoint.core.study.StrategyKind;
import dev.setpoint.core.study.StudySpec;
import dev.setpoint.core.study.TrialTable;
import dev.setpoint.core.value.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * Replays the recorded grid trial tables of the shipped tuning examples ({@code resources/studies})
 * with each strategy, ten seeds each, and reports how soon each gets near the grid's optimum: the
 * trials it needs to come within {@value #NEAR} of the optimum (relative to the optimum's own value,
 * as the issue words it, and relative to the spread of the grid's measured values, which is stricter
 * where the values are close together, as SSIM's are), and how far
 * from the optimum the best of its first {@value #SHARE} of the grid's trials is. With two objectives
 * "the optimum" is the grid's Pareto front, and nearness is measured by the hypervolume the trials
 * found so far dominate, against the grid front's.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.setpoint.bench.study.StrategyBenchmark
 * </pre>
 */
public final class StrategyBenchmark {

    static final double NEAR = 0.02;
    static final double SHARE = 0.3;
    static final int SEEDS = 10;

    /** One question asked of one recorded table. */
    record Scenario(String table, String name, List<Objective> objectives, List<Constraint> constraints) {}

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario(
                    "x264",
                    "max ssim, run_seconds <= 2 soft",
                    List.of(Objective.parse("max ssim")),
                    List.of(Constraint.parse("run_seconds <= 2 soft"))),
            new Scenario(
                    "x264",
                    "max ssim, min run_seconds (front)",
                    List.of(Objective.parse("max ssim"), Objective.parse("min run_seconds")),
                    List.of()),
            new Scenario(
                    "x264",
                    "min output_bytes, ssim >= 0.97",
                    List.of(Objective.parse("min output_bytes")),
                    List.of(Constraint.parse("ssim >= 0.97"))),
            new Scenario(
                    "image",
                    "max psnr, run_seconds <= 1.5",
                    List.of(Objective.parse("max psnr")),
                    List.of(Constraint.parse("run_seconds <= 1.5"))));

    private StrategyBenchmark() {}

    public static void main(String[] args) {
        for (Scenario scenario : SCENARIOS) {
            TrialTable table = table(scenario.table());
            System.out.printf(
                    Locale.ROOT,
                    "%n%s (%s, %d trials): %s%n",
                    scenario.table(),
                    table.template(),
                    table.trials().size(),
                    scenario.name());
            Measure measure = Measure.of(scenario, table);
            System.out.printf(Locale.ROOT, "grid optimum: %s%n", measure.describeOptimum());
            for (StrategyKind kind : StrategyKind.values()) {
                report(scenario, table, measure, kind);
            }
        }
    }

    private static void report(Scenario scenario, TrialTable table, Measure measure, StrategyKind kind) {
        int grid = table.trials().size();
        int share = (int) Math.ceil(SHARE * grid);
        List<Run> runs = new ArrayList<>();
        for (int seed = 1; seed <= (kind == StrategyKind.GRID ? 1 : SEEDS); seed++) {
            StudySpec spec =
                    new StudySpec(scenario.objectives(), scenario.constraints(), kind, seed, Budget.trials(grid));
            List<ScoredTrial> order = Replay.replay(table, spec);
            runs.add(new Run(
                    seed,
                    measure.trialsToReach(order, false),
                    measure.trialsToReach(order, true),
                    measure.gap(order.subList(0, Math.min(share, order.size())))));
        }
        System.out.printf(
                Locale.ROOT,
                "  %-6s trials to within 2%%: mean %5.1f (of the spread: %5.1f); gap after %d trials: mean %.2f%%;"
                        + " within 2%% by then in %d of %d%n",
                kind.id(),
                runs.stream().mapToInt(Run::trials).average().orElseThrow(),
                runs.stream().mapToInt(Run::trialsStrict).average().orElseThrow(),
                share,
                100 * runs.stream().mapToDouble(Run::gapAtShare).average().orElseThrow(),
                runs.stream().filter(r -> r.trials() <= share).count(),
                runs.size());
        if (kind != StrategyKind.GRID) {
            System.out.printf(
                    Locale.ROOT,
                    "         per seed (trials to 2%%, of the spread, gap at %d): %s%n",
                    share,
                    String.join(
                            "  ",
                            runs.stream()
                                    .map(r -> String.format(
                                            Locale.ROOT,
                                            "%d:%d/%d/%.1f%%",
                                            r.seed(),
                                            r.trials(),
                                            r.trialsStrict(),
                                            100 * r.gapAtShare()))
                                    .toList()));
        }
    }

    /**
     * One replay's figures.
     *
     * @param trials trials until the best so far came within 2% of the optimum's value (the grid's size
     *     plus one when it never did)
     * @param trialsStrict the same, within 2% of the spread between the grid's worst and best scores
     * @param gapAtShare how far the best of the first 30% of the grid's trials is from the optimum,
     *     as a share of the optimum's value
     */
    record Run(int seed, int trials, int trialsStrict, double gapAtShare) {}

    /** How near a sequence of trials gets to the grid's optimum, for one scenario. */
    interface Measure {

        /** 1-based count of trials until the sequence is within 2%; one past its size when never. */
        default int trialsToReach(List<ScoredTrial> order, boolean strict) {
            return IntStream.rangeClosed(1, order.size())
                    .filter(n -> gap(order.subList(0, n), strict) <= NEAR)
                    .findFirst()
                    .orElse(order.size() + 1);
        }

        default double gap(List<ScoredTrial> trials) {
            return gap(trials, false);
        }

        /** How far {@code trials} fall short of the optimum: 0 at it. */
        double gap(List<ScoredTrial> trials, boolean strict);

        String describeOptimum();

        static Measure of(Scenario scenario, TrialTable table) {
            List<ScoredTrial> all = Replay.replay(
                    table,
                    new StudySpec(
                            scenario.objectives(),
                            scenario.constraints(),
                            StrategyKind.GRID,
                            0,
                            Budget.trials(table.trials().size())));
            return scenario.objectives().size() == 1
                    ? new SingleObjective(scenario.objectives().get(0).direction(), all)
                    : new Front(scenario.objectives(), all);
        }
    }

    /**
     * One objective: the best score so far against the grid's best. The strict reading divides by the
     * spread of the grid's measured values (before penalties, which can be astronomical) rather than
     * by the optimum.
     */
    record SingleObjective(Direction direction, double optimum, double spread) implements Measure {

        SingleObjective(Direction direction, List<ScoredTrial> all) {
            this(direction, best(direction, all), spread(all));
        }

        @Override
        public double gap(List<ScoredTrial> trials, boolean strict) {
            double best = best(direction, trials);
            double shortfall = direction == Direction.MAXIMIZE ? optimum - best : best - optimum;
            return Math.max(0, shortfall / (strict ? spread : Math.abs(optimum)));
        }

        @Override
        public String describeOptimum() {
            return String.format(
                    Locale.ROOT, "best score %.6g (measured values of succeeded trials span %.6g)", optimum, spread);
        }

        private static double best(Direction direction, List<ScoredTrial> trials) {
            DoubleStream scores = trials.stream()
                    .filter(t -> t.scores() != null)
                    .mapToDouble(t -> t.scores().get(0));
            return direction == Direction.MAXIMIZE
                    ? scores.max().orElse(Double.NEGATIVE_INFINITY)
                    : scores.min().orElse(Double.POSITIVE_INFINITY);
        }

        private static double spread(List<ScoredTrial> all) {
            DoubleSummaryStatistics values = all.stream()
                    .filter(t -> t.scores() != null)
                    .mapToDouble(t -> t.objectives().get(0))
                    .summaryStatistics();
            return values.getMax() - values.getMin();
        }
    }

    /**
     * Two objectives: the hypervolume the trials' scores dominate, each objective scaled to 0..1 over
     * the grid's succeeded trials (1 its best, 0 its worst, the reference point), against the
     * hypervolume of the grid's own front. The scaling makes the gap a share of the grid's spread
     * already, so the strict reading is the same.
     */
    static final class Front implements Measure {

        private final List<Direction> directions;
        private final double[] best = new double[2];
        private final double[] worst = new double[2];
        private final double optimum;

        Front(List<Objective> objectives, List<ScoredTrial> all) {
            directions = objectives.stream().map(Objective::direction).toList();
            for (int k = 0; k < 2; k++) {
                int objective = k;
                double[] values = all.stream()
                        .filter(t -> t.scores() != null)
                        .mapToDouble(t -> t.scores().get(objective))
                        .toArray();
                double max = Arrays.stream(values).max().orElseThrow();
                double min = Arrays.stream(values).min().orElseThrow();
                best[k] = directions.get(k) == Direction.MAXIMIZE ? max : min;
                worst[k] = directions.get(k) == Direction.MAXIMIZE ? min : max;
            }
            optimum = hypervolume(all);
        }

        @Override
        public double gap(List<ScoredTrial> trials, boolean strict) {
            return Math.max(0, 1 - hypervolume(trials) / optimum);
        }

        @Override
        public String describeOptimum() {
            return String.format(
                    Locale.ROOT,
                    "the grid's Pareto front; objectives scaled to 0..1 between %.6g..%.6g and %.6g..%.6g,"
                            + " its hypervolume %.4f",
                    worst[0],
                    best[0],
                    worst[1],
                    best[1],
                    optimum);
        }

        /** The area the scaled points dominate above the reference (0, 0): a sweep by the first objective. */
        private double hypervolume(List<ScoredTrial> trials) {
            List<double[]> points = trials.stream()
                    .filter(t -> t.scores() != null)
                    .map(t -> new double[] {scaled(t, 0), scaled(t, 1)})
                    .sorted((a, b) -> Double.compare(b[0], a[0]))
                    .toList();
            double area = 0;
            double top = 0;
            for (double[] p : points) {
                if (p[1] > top) {
                    area += p[0] * (p[1] - top);
                    top = p[1];
                }
            }
            return area;
        }

        private double scaled(ScoredTrial trial, int objective) {
            double span = best[objective] - worst[objective];
            double value = span == 0 ? 1 : (trial.scores().get(objective) - worst[objective]) / span;
            return Math.max(0, Math.min(1, value));
        }
    }

    static TrialTable table(String name) {
        try (InputStream in = StrategyBenchmark.class.getResourceAsStream("/studies/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded table " + name);
            }
            return StudyJson.trialTable(Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
