package dev.setpoint.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The target for the Bayesian strategy, on the shipped examples' measured grids: averaged over
 * seeds 1 to 10, its best score is within 2% of the grid's optimum in at most 30% of the grid's
 * trials. Replayed, not timed. Each case prints its figures per seed, and random's for comparison:
 * {@code ./mvnw -pl core test -Dtest=TpeTargetTest} shows them. The first three are the
 * benchmark's questions (bench's StrategyBenchmark); the others ask for the extremes of single
 * metrics. Unconstrained SSIM and PSNR on x264 are left out: 96 and 72 of its 96 points are within
 * 2% of their best, so they say nothing of a strategy.
 */
class TpeTargetTest {

    private static final int SEEDS = 10;
    private static final double SHARE_OF_GRID = 0.3;

    static Stream<Arguments> studies() {
        return Stream.of(
                Arguments.of("x264", "max ssim", List.of("run_seconds <= 2 soft")),
                Arguments.of("x264", "min output_bytes", List.of("ssim >= 0.97")),
                Arguments.of("image", "max psnr", List.of("run_seconds <= 1.5")),
                Arguments.of("x264", "min run_seconds", List.of()),
                Arguments.of("x264", "min output_bytes", List.of()),
                Arguments.of("x264", "min output_bytes", List.of("ssim >= 0.972")),
                Arguments.of("x264", "max psnr", List.of("run_seconds <= 1.5 soft")),
                Arguments.of("image", "max psnr", List.of()),
                Arguments.of("image", "min run_seconds", List.of()),
                Arguments.of("image", "max psnr", List.of("run_seconds <= 0.5")));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("studies")
    void bayesIsWithinTwoPercentOfTheGridOptimumInAtMostAThirdOfItsTrials(
            String table, String objective, List<String> constraints) {
        TrialTable trials = ShippedTables.load(table);
        int grid = trials.space().gridSize().intValueExact();

        int[] bayes = trialsToWithin(trials, objective, constraints, StrategyKind.BAYES);
        int[] random = trialsToWithin(trials, objective, constraints, StrategyKind.RANDOM);

        double mean = Arrays.stream(bayes).average().orElseThrow();
        System.out.printf(
                "%s, %s %s: bayes %.1f trials of %d (%.0f%%) %s; random %.1f %s%n",
                table,
                objective,
                constraints,
                mean,
                grid,
                100 * mean / grid,
                Arrays.toString(bayes),
                Arrays.stream(random).average().orElseThrow(),
                Arrays.toString(random));
        assertThat(mean).isLessThanOrEqualTo(SHARE_OF_GRID * grid);
    }

    /** For seeds 1 to 10, the trials the strategy needs to come within 2% of the grid's optimum. */
    private static int[] trialsToWithin(
            TrialTable table, String objective, List<String> constraints, StrategyKind kind) {
        int grid = table.space().gridSize().intValueExact();
        int[] trials = new int[SEEDS];
        for (int seed = 1; seed <= SEEDS; seed++) {
            StudySpec spec = new StudySpec(
                    List.of(Objective.parse(objective)),
                    constraints.stream().map(Constraint::parse).toList(),
                    kind,
                    seed,
                    Budget.trials(grid));
            trials[seed - 1] = TargetFigures.trialsToWithin(
                    Replay.replay(table, spec),
                    TargetFigures.optimum(table, spec),
                    spec.objectives().get(0).direction());
        }
        return trials;
    }
}
