package dev.setpoint.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.property.Generator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's objectives and constraints, as text. */
class ParsingTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({
        "max ssim, ssim, MAXIMIZE",
        "maximize ssim, ssim, MAXIMIZE",
        "'  min   run_seconds ', run_seconds, MINIMIZE",
        "minimize p90_ttft_ms, p90_ttft_ms, MINIMIZE"
    })
    void anObjectiveIsADirectionAndAMetric(String text, String metric, Direction direction) {
        assertThat(Objective.parse(text)).isEqualTo(new Objective(metric, direction));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "ssim", "max", "max ssim psnr", "best ssim", "max SSIM", "max 9lives"})
    void aBadObjectiveSaysTheForm(String text) {
        assertThatThrownBy(() -> Objective.parse(text))
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(SetpointException.Kind.INVALID))
                .hasMessageContaining("an objective is 'max METRIC' or 'min METRIC', such as 'max ssim'");
    }

    @Test
    void aBadObjectiveSaysWhatIsWrongWithIt() {
        assertThatThrownBy(() -> Objective.parse("best ssim"))
                .hasMessageContaining("'best' is not max, min, maximize or minimize");
        assertThatThrownBy(() -> Objective.parse("max SSIM")).hasMessageContaining("'SSIM' is not a metric name");
    }

    @Test
    void aConstraintIsHardUnlessSaidSoft() {
        assertThat(Constraint.parse("run_seconds <= 2")).isEqualTo(Constraint.hard("run_seconds", ConstraintOp.LE, 2));
        assertThat(Constraint.parse("run_seconds<2 hard"))
                .isEqualTo(Constraint.hard("run_seconds", ConstraintOp.LT, 2));
        assertThat(Constraint.parse("ssim >= 0.95 soft")).isEqualTo(Constraint.soft("ssim", ConstraintOp.GE, 0.95));
        assertThat(Constraint.parse("p90_ttft_ms <= 500 soft weight=2 steepness=0.2"))
                .isEqualTo(new Constraint("p90_ttft_ms", ConstraintOp.LE, 500, false, 2, 0.2));
        assertThat(Constraint.parse("psnr > -1.5e1 soft")).isEqualTo(Constraint.soft("psnr", ConstraintOp.GT, -15));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "run_seconds|a constraint is 'METRIC OP BOUND [soft] [weight=W] [steepness=S]'",
                "run_seconds == 2|a constraint is 'METRIC OP BOUND",
                "run_seconds <= two|the bound 'two' is not a number",
                "run_seconds <= NaN|the bound 'NaN' is not a number",
                "run_seconds <= 1d|the bound '1d' is not a number",
                "run_seconds <= 2 sometimes|'sometimes' is not soft, hard, weight=W or steepness=S",
                "run_seconds <= 2 weight=2|weight and steepness apply to soft constraints only; add 'soft'",
                "run_seconds <= 2 soft weight=0|weight must be a number above 0, not 0.0",
                "run_seconds <= 2 soft steepness=-1|steepness must be a number above 0, not -1.0",
                "Run <= 2|'Run' is not a metric name"
            })
    void aBadConstraintSaysWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> Constraint.parse(text))
                .isInstanceOf(SetpointException.class)
                .hasMessageContaining(message);
    }

    @Test
    void enumsReadTheirWireIdsAndRefuseOthersSayingWhichAreAllowed() {
        assertThat(Direction.of("max")).isEqualTo(Direction.MAXIMIZE);
        assertThat(Direction.of("minimize")).isEqualTo(Direction.MINIMIZE);
        assertThat(ConstraintOp.of(">=")).isEqualTo(ConstraintOp.GE);
        assertThat(StrategyKind.of("bayes")).isEqualTo(StrategyKind.BAYES);
        assertThat(TrialStatus.of("cancelled")).isEqualTo(TrialStatus.CANCELLED);
        assertThat(StudyStatus.of("finished")).isEqualTo(StudyStatus.FINISHED);
        assertThatThrownBy(() -> Direction.of("up")).hasMessageContaining("allowed: maximize, minimize");
        assertThatThrownBy(() -> ConstraintOp.of("=")).hasMessageContaining("allowed: <=, <, >=, >");
        assertThatThrownBy(() -> StrategyKind.of(null)).hasMessageContaining("unknown strategy null; allowed: grid");
        assertThatThrownBy(() -> TrialStatus.of("done")).hasMessageContaining("allowed: queued, running");
        assertThatThrownBy(() -> StudyStatus.of("done")).hasMessageContaining("allowed: running, finished");
    }

    static LongStream seeds() {
        return Generator.seeds(100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aConstraintsTextReadsBackAsTheSameConstraint(long seed) {
        Generator gen = new Generator(seed);
        boolean hard = gen.chance(0.5);
        Constraint constraint = new Constraint(
                gen.oneOf("run_seconds", "cost", "p99_tpot_ms", "ssim"),
                gen.oneOf(ConstraintOp.values()),
                gen.chance(0.3) ? gen.between(-1000L, 1000L) : gen.between(-1e6, 1e6),
                hard,
                hard || gen.chance(0.5) ? Constraint.DEFAULT_WEIGHT : gen.between(0.01, 10.0),
                hard || gen.chance(0.5) ? Constraint.DEFAULT_STEEPNESS : gen.between(0.01, 10.0));

        assertThat(Constraint.parse(constraint.text())).isEqualTo(constraint);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anObjectivesTextReadsBackAsTheSameObjective(long seed) {
        Generator gen = new Generator(seed);
        Objective objective = new Objective(
                gen.oneOf("run_seconds", "cost", "ssim") + gen.string("abc_019", 0, 5), gen.oneOf(Direction.values()));

        assertThat(Objective.parse(objective.text())).isEqualTo(objective);
    }
}
