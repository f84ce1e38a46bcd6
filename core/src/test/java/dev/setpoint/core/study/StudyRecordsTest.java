package dev.setpoint.core.study;

import static dev.setpoint.core.study.Studies.max;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Value;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The records refuse what a study cannot be, with pointers where a request said it. */
class StudyRecordsTest {

    private static void refused(Runnable make, String path, String message) {
        assertThatThrownBy(make::run)
                .isInstanceOfSatisfying(
                        SetpointException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(
                                        e.problems().get(0).path())
                                .isEqualTo(path))
                .hasMessageContaining(message);
    }

    @Test
    void drawnSeedsAreExactInABrowsersJsonForSeed20261208() {
        SplittableRandom random = new SplittableRandom(20261208);

        assertThat(LongStream.generate(() -> StudySpec.drawSeed(random)).limit(10_000))
                .allSatisfy(seed -> assertThat(seed).isBetween(0L, (1L << 53) - 1));
    }

    @Test
    void aBudgetIsOneToTenThousandTrialsAPositiveTimeAndOneToSixteenAtOnce() {
        refused(() -> Budget.trials(0), "/budget/max_trials", "max_trials must be 1 to 10000, not 0");
        refused(() -> Budget.trials(10_001), "/budget/max_trials", "not 10001");
        refused(() -> new Budget(5, Duration.ZERO, 1), "/budget/max_seconds", "max_seconds must be above 0, not 0");
        refused(() -> new Budget(5, Duration.ofSeconds(-3), 1), "/budget/max_seconds", "not -3");
        refused(() -> new Budget(5, null, 0), "/budget/parallelism", "parallelism must be 1 to 16, not 0");
        refused(() -> new Budget(5, null, 17), "/budget/parallelism", "not 17");
    }

    @Test
    void aSpecHasOneOrTwoObjectivesOnDifferentMetricsAndAtMost32Constraints() {
        refused(
                () -> new StudySpec(List.of(), List.of(), StrategyKind.GRID, 1, Budget.trials(1)),
                "/objectives",
                "a study has one objective, or two for a Pareto front; 0 given");
        refused(
                () -> new StudySpec(
                        List.of(max("a"), max("b"), max("c")), List.of(), StrategyKind.GRID, 1, Budget.trials(1)),
                "/objectives",
                "3 given");
        refused(
                () -> new StudySpec(
                        List.of(max("ssim"), Studies.min("ssim")), List.of(), StrategyKind.GRID, 1, Budget.trials(1)),
                "/objectives/1/metric",
                "both objectives are on ssim; a second objective needs another metric");
        List<Constraint> many = java.util.Collections.nCopies(33, Constraint.parse("cost <= 1"));
        refused(
                () -> new StudySpec(List.of(max("ssim")), many, StrategyKind.GRID, 1, Budget.trials(1)),
                "/constraints",
                "33 constraints; the limit is 32");
        refused(
                () -> Constraint.hard("cost", ConstraintOp.LE, Double.NaN),
                "/value",
                "the bound must be a finite number");
    }

    @Test
    void trialsHoldFiniteFiguresAndScoresExactlyWhenTheySucceeded() {
        assertThatThrownBy(() -> TrialRecord.queued(-1, Map.of())).hasMessageContaining("index is 0 or more");
        assertThatThrownBy(() -> new TrialRecord(0, Map.of(), TrialStatus.SUCCEEDED, null, Double.NaN, null, Map.of()))
                .hasMessageContaining("run_seconds is not a finite number");
        assertThatThrownBy(() -> new TrialRecord(
                        0, Map.of(), TrialStatus.SUCCEEDED, null, 1.0, 1.0, Map.of("ssim", Double.POSITIVE_INFINITY)))
                .hasMessageContaining("ssim is not a finite number");
        TrialRecord queued = TrialRecord.queued(0, Map.of("a", Value.of(1)));
        assertThatThrownBy(
                        () -> new ScoredTrial(queued, TrialStatus.QUEUED, null, List.of(), 0, List.of(1.0), List.of()))
                .hasMessageContaining("a trial has scores exactly when it succeeded; it is queued");
        assertThatThrownBy(() -> new ScoredTrial(
                        queued, TrialStatus.SUCCEEDED, null, List.of(1.0), 0, List.of(1.0, 2.0), List.of()))
                .hasMessageContaining("one score per objective");
        assertThatThrownBy(() -> new ValueEffect(Value.of(1), 2.0, 0)).hasMessageContaining("a mean exactly when");
        assertThatThrownBy(() -> new ParameterEffect("a", -1, List.of())).hasMessageContaining("a range is a finite");
    }
}
