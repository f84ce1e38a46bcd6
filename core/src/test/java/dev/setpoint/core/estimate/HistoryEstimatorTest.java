package dev.setpoint.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryEstimatorTest {

    private static final Template IMAGE = TemplateRegistry.builtin().resolve("sd-image");
    private static final ResolvedQuality STANDARD = QualityCatalog.builtin().resolve("standard");
    private static final ResolvedQuality ULTRA = QualityCatalog.builtin().resolve("ultra");

    @Test
    void withoutHistoryTheMultiplierEstimateIsScaledByTheWorkRelativeToTheDefaults() {
        Estimate e = new HistoryEstimator(RunHistory.EMPTY).estimate(IMAGE, ULTRA, new Work(3e6, 2e6));

        assertThat(e.basis()).isEqualTo(Estimate.Basis.MULTIPLIERS);
        assertThat(e.expectedSeconds()).isCloseTo(IMAGE.baseExecutionSeconds() * 5.0 * 1.5, within(1e-9));
        assertThat(e.minSeconds()).isCloseTo(e.expectedSeconds() * 0.8, within(1e-9));
        assertThat(e.maxSeconds()).isCloseTo(e.expectedSeconds() * 1.5, within(1e-9));
        assertThat(e.cost()).isCloseTo(IMAGE.baseExecutionSeconds() * 1.5 * IMAGE.costPerSecond() * 4.0, within(1e-12));
    }

    @Test
    void runsExactlyOnALineGiveThatLineWithTheRangeOfThePriorSpread() {
        HistoryEstimator estimator = estimator(
                run("standard", 1_000, 3), run("high", 3_000, 7), run("ultra", 2_000, 5), run("draft", 500, 2));

        Estimate e = estimator.estimate(IMAGE, STANDARD, new Work(10_000, 1));

        assertThat(e.basis()).isEqualTo(Estimate.Basis.HISTORY);
        assertThat(e.runsUsed()).isEqualTo(4);
        assertThat(e.expectedSeconds()).isCloseTo(21, within(1e-9));
        // Four runs with no spread (2%, the floor) pooled with the prior's 15% worth five runs.
        double half = 1.645 * Math.sqrt((5 * 0.15 * 0.15 + 4 * 0.02 * 0.02) / 9) * Math.sqrt(1 + 1.0 / 4);
        // Estimates keep six significant digits (Figures).
        assertThat(e.minSeconds()).isCloseTo(21 * (1 - half), within(1e-4));
        assertThat(e.maxSeconds()).isCloseTo(21 * (1 + half), within(1e-4));
    }

    @Test
    void aNegativeOverheadFallsBackToALineThroughZero() {
        HistoryEstimator estimator =
                estimator(run("standard", 1_000, 1), run("standard", 2_000, 4), run("standard", 3_000, 6));

        assertThat(estimator.estimate(IMAGE, STANDARD, new Work(4_000, 1)).expectedSeconds())
                .isCloseTo(8, within(1e-9));
    }

    @Test
    void runsOfOneSizeGiveTheMedianTimePerUnit() {
        HistoryEstimator estimator = estimator(
                run("standard", 100, 10), run("standard", 100, 11), run("standard", 100, 11), run("standard", 100, 90));

        assertThat(estimator.estimate(IMAGE, STANDARD, new Work(200, 1)).expectedSeconds())
                .isCloseTo(2 * 11, within(1e-9));
    }

    @Test
    void twoRunsAreNotHistoryYetAndTheEstimateSaysHowManyThereAre() {
        HistoryEstimator estimator = estimator(run("standard", 100, 10), run("standard", 200, 20));
        Estimate multipliers = Estimator.estimate(IMAGE, STANDARD);

        assertThat(estimator.estimate(IMAGE, STANDARD, new Work(100, 100)))
                .isEqualTo(new Estimate(
                        multipliers.expectedSeconds(),
                        multipliers.minSeconds(),
                        multipliers.maxSeconds(),
                        multipliers.cost(),
                        multipliers.resources(),
                        Estimate.Basis.MULTIPLIERS,
                        2));
    }

    @Test
    void recentRunsWeighMoreSoTheModelFollowsADriftingMachine() {
        List<RunObservation> runs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double perUnit = i < 30 ? 0.01 : 0.02;
            runs.add(run("standard", 100 + i, (100 + i) * perUnit));
        }

        double expected = new HistoryEstimator(RunHistory.of(runs))
                .estimate(IMAGE, STANDARD, new Work(100, 1))
                .expectedSeconds();

        assertThat(expected).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void whenTheLatestRunsAllRanSlowerTheEstimateFollowsThemButNotWhenOnlyOneDid() {
        List<RunObservation> slowedDown = new ArrayList<>();
        List<RunObservation> oneSlow = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double work = 1_000 + 100 * (i % 7);
            slowedDown.add(run("standard", work, work * 0.01 * (i < 35 ? 1 : 1.2)));
            oneSlow.add(run("standard", work, work * 0.01 * (i == 37 ? 3 : 1)));
        }

        assertThat(new HistoryEstimator(RunHistory.of(slowedDown))
                        .estimate(IMAGE, STANDARD, new Work(1_000, 1))
                        .expectedSeconds())
                .isCloseTo(12, within(1e-9));
        assertThat(new HistoryEstimator(RunHistory.of(oneSlow))
                        .estimate(IMAGE, STANDARD, new Work(1_000, 1))
                        .expectedSeconds())
                .isCloseTo(10, within(1e-9));
    }

    @Test
    void aLevelWhoseRunsConsistentlyTakeLongerThanTheLineIsCorrected() {
        HistoryEstimator estimator =
                new HistoryEstimator(RunHistory.of(standardRunsOnALineAnd("ultra", 1.3, 1.3, 1.3, 1.3)));

        assertThat(estimator.estimate(IMAGE, STANDARD, new Work(10_000, 1)).expectedSeconds())
                .isCloseTo(10, within(1e-9));
        assertThat(estimator.estimate(IMAGE, ULTRA, new Work(10_000, 1)).expectedSeconds())
                .isCloseTo(13, within(1e-9));
    }

    @Test
    void twoRunsOfALevelDoNotSetItApartAndNeitherDoesOneSlowRunAmongItsRuns() {
        HistoryEstimator twoSlow = new HistoryEstimator(RunHistory.of(standardRunsOnALineAnd("ultra", 1.3, 1.3)));
        HistoryEstimator oneTenTimes = new HistoryEstimator(RunHistory.of(standardRunsOnALineAnd("ultra", 1, 10, 1)));

        assertThat(twoSlow.estimate(IMAGE, ULTRA, new Work(10_000, 1)).expectedSeconds())
                .isCloseTo(10, within(1e-9));
        assertThat(oneTenTimes.estimate(IMAGE, ULTRA, new Work(10_000, 1)).expectedSeconds())
                .isCloseTo(10, within(1e-9));
    }

    /** Eight standard runs of 0.001 s a unit, with the level's runs, {@code ratios} times that, among them. */
    private static List<RunObservation> standardRunsOnALineAnd(String level, double... ratios) {
        List<RunObservation> runs = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            runs.add(run("standard", 1_000 * i, i));
            if (i <= ratios.length) {
                runs.add(run(level, 1_000 * i, ratios[i - 1] * i));
            }
        }
        return runs;
    }

    @Test
    void withoutTheWorkTheRunsAtTheSameQualityAreUsed() {
        HistoryEstimator estimator = estimator(
                run("ultra", 100, 40), run("ultra", 100, 44), run("ultra", 100, 42), run("standard", 100, 10));

        Estimate ultra = estimator.estimate(IMAGE, ULTRA);
        Estimate standard = estimator.estimate(IMAGE, STANDARD);

        assertThat(ultra.basis()).isEqualTo(Estimate.Basis.HISTORY);
        assertThat(ultra.runsUsed()).isEqualTo(3);
        assertThat(ultra.expectedSeconds()).isCloseTo(42, within(1e-9));
        assertThat(ultra.cost()).isCloseTo(42 * IMAGE.costPerSecond() * 4.0 / 5.0, within(1e-12));
        assertThat(standard).isEqualTo(Estimator.estimate(IMAGE, STANDARD));
    }

    @Test
    void anEstimateWhoseRangeMissesItsPointIsRefused() {
        assertThatThrownBy(() -> new Estimate(10, 11, 12, 0, IMAGE.resources()))
                .isInstanceOf(SetpointException.class)
                .hasMessageContaining("min <= expected <= max");
    }

    @Test
    void aRunThatTookNoTimeIsRefused() {
        assertThatThrownBy(() -> run("standard", 100, 0))
                .isInstanceOf(SetpointException.class)
                .hasMessageContaining("positive, finite");
    }

    private static HistoryEstimator estimator(RunObservation... runs) {
        return new HistoryEstimator(RunHistory.of(List.of(runs)));
    }

    static RunObservation run(String quality, double work, double seconds) {
        return new RunObservation(IMAGE.ref(), quality, work, seconds, seconds);
    }
}
