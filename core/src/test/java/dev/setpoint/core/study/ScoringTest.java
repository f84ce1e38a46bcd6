package dev.setpoint.core.study;

import static dev.setpoint.core.study.Studies.max;
import static dev.setpoint.core.study.Studies.min;
import static dev.setpoint.core.study.Studies.spec;
import static dev.setpoint.core.study.Studies.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.property.Generator;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scores from measurements, objectives and hard and soft constraints. */
class ScoringTest {

    @Test
    void aTrialWithinItsConstraintsScoresItsObjectivesAsMeasured() {
        StudySpec spec =
                spec(List.of(max("ssim"), min("run_seconds")), List.of(Constraint.hard("cost", ConstraintOp.LE, 1)));

        ScoredTrial scored = Scoring.score(spec, succeeded(0, Map.of("ssim", 0.97)));

        assertThat(scored.status()).isEqualTo(TrialStatus.SUCCEEDED);
        assertThat(scored.objectives()).containsExactly(0.97, 1.0);
        assertThat(scored.scores()).containsExactly(0.97, 1.0);
        assertThat(scored.penalty()).isZero();
        assertThat(scored.violations()).isEmpty();
    }

    @Test
    void aBrokenHardConstraintFailsTheTrialWithTheReason() {
        StudySpec spec = spec(
                List.of(max("ssim")),
                List.of(Constraint.hard("run_seconds", ConstraintOp.LT, 0.5), Constraint.parse("ssim >= 0.99")));

        ScoredTrial scored = Scoring.score(spec, succeeded(3, Map.of("ssim", 0.97)));

        assertThat(scored.status()).isEqualTo(TrialStatus.FAILED);
        assertThat(scored.scores()).isNull();
        assertThat(scored.reason())
                .isEqualTo(
                        "run_seconds was 1, which breaks run_seconds < 0.5; ssim was 0.97, which breaks ssim >= 0.99");
        assertThat(scored.violations()).extracting(Violation::hard).containsExactly(true, true);
        assertThat(scored.objectives()).containsExactly(0.97);
    }

    @Test
    void aMissingObjectiveOrConstrainedMetricFailsTheTrial() {
        StudySpec spec =
                spec(List.of(max("ssim"), max("psnr")), List.of(Constraint.soft("size_bytes", ConstraintOp.LE, 10)));

        ScoredTrial scored = Scoring.score(spec, succeeded(0, Map.of("ssim", 0.9)));

        assertThat(scored.status()).isEqualTo(TrialStatus.FAILED);
        assertThat(scored.reason()).isEqualTo("the run did not measure psnr, size_bytes");
        assertThat(scored.objectives()).isEmpty();
        assertThat(scored.scores()).isNull();
    }

    @Test
    void aFailedOrPendingTrialKeepsItsStatusAndHasNoScores() {
        StudySpec spec = spec(List.of(max("ssim")), List.of());

        ScoredTrial failed = Scoring.score(spec, Studies.failed(1, "exit status 1"));
        ScoredTrial queued = Scoring.score(spec, TrialRecord.queued(2, Map.of("x", Value.of(1))));

        assertThat(failed.status()).isEqualTo(TrialStatus.FAILED);
        assertThat(failed.reason()).isEqualTo("exit status 1");
        assertThat(failed.scores()).isNull();
        assertThat(queued.status()).isEqualTo(TrialStatus.QUEUED);
        assertThat(queued.scores()).isNull();
    }

    @Test
    void aSoftPenaltyIsWeightTimesExpOfTheViolationRatioOverSteepness() {
        Constraint constraint = new Constraint("run_seconds", ConstraintOp.LE, 2, false, 2, 0.5);

        assertThat(constraint.penalty(2)).isZero();
        assertThat(constraint.penalty(3))
                .isCloseTo(2 * Math.exp(0.5 / 0.5), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Constraint.hard("run_seconds", ConstraintOp.LE, 2).penalty(3))
                .isZero();
        assertThat(Constraint.soft("cost", ConstraintOp.GE, 0).penalty(-1))
                .isFinite()
                .isPositive();
    }

    @Test
    void aHugePenaltyGivesTheWorstFiniteScore() {
        assertThat(Scoring.penalised(Direction.MAXIMIZE, 1e300, 1e300)).isEqualTo(-Double.MAX_VALUE);
        assertThat(Scoring.penalised(Direction.MINIMIZE, -1e300, 1e300)).isEqualTo(Double.MAX_VALUE);
    }

    static LongStream seeds() {
        return Generator.seeds(200);
    }

    /**
     * For either direction and a value of either sign (or zero), a soft violation makes the score
     * worse, and a larger violation worse still.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aSoftPenaltyGrowsWithTheViolationAndWorsensAnyScoreInEitherDirection(long seed) {
        Generator gen = new Generator(seed);
        Direction direction = gen.oneOf(Direction.values());
        double value = gen.chance(0.1) ? 0 : gen.between(-1000.0, 1000.0);
        double bound = gen.between(-10.0, 10.0);
        Constraint constraint = new Constraint(
                "latency", ConstraintOp.LE, bound, false, gen.between(0.01, 5.0), gen.between(0.05, 2.0));
        double small = bound + Math.abs(bound) * gen.between(0.001, 0.5) + 1e-6;
        double large = small + gen.between(0.01, 5.0);
        StudySpec spec = spec(List.of(new Objective("score", direction)), List.of(constraint));

        ScoredTrial within = Scoring.score(spec, succeeded(0, Map.of("score", value, "latency", bound)));
        ScoredTrial slightly = Scoring.score(spec, succeeded(1, Map.of("score", value, "latency", small)));
        ScoredTrial badly = Scoring.score(spec, succeeded(2, Map.of("score", value, "latency", large)));

        assertThat(within.scores()).containsExactly(value);
        assertThat(slightly.penalty()).isPositive().isLessThan(badly.penalty());
        assertThat(loss(direction, slightly)).isGreaterThan(loss(direction, within));
        assertThat(loss(direction, badly)).isGreaterThan(loss(direction, slightly));
        assertThat(slightly.violations()).singleElement().satisfies(v -> {
            assertThat(v.hard()).isFalse();
            assertThat(v.value()).isEqualTo(small);
        });
    }

    private static double loss(Direction direction, ScoredTrial trial) {
        return direction.loss(trial.scores().get(0));
    }
}
