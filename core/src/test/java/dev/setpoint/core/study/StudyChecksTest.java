package dev.setpoint.core.study;

import static dev.setpoint.core.study.Studies.max;
import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.Problem;
import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A study's problems before it runs, at their pointers, and its warnings. */
class StudyChecksTest {

    private static final Template FFMPEG = TemplateRegistry.builtin().resolve("ffmpeg-video");

    private static SearchSpace space(Object... nameThenValues) {
        Map<String, List<Value>> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameThenValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Value> values = (List<Value>) nameThenValues[i + 1];
            parameters.put((String) nameThenValues[i], values);
        }
        return new SearchSpace(parameters);
    }

    private static List<Value> ints(long... values) {
        return java.util.Arrays.stream(values)
                .mapToObj(Value::of)
                .map(Value.class::cast)
                .toList();
    }

    @Test
    void aGoodStudyHasNoProblems() {
        StudySpec spec = new StudySpec(
                List.of(max("ssim"), Studies.min("run_seconds")),
                List.of(Constraint.parse("cost <= 1"), Constraint.parse("output_bytes <= 100000 soft")),
                StrategyKind.BAYES,
                7,
                Budget.trials(10));

        assertThat(StudyChecks.check(FFMPEG, spec, space("crf", ints(18, 23, 28))))
                .isEmpty();
    }

    @Test
    void unknownMetricsAreNamedWithWhatTheTemplateReports() {
        StudySpec spec = new StudySpec(
                List.of(max("ssim"), max("vmaf")),
                List.of(Constraint.parse("cost <= 1"), Constraint.parse("fps_out >= 24")),
                StrategyKind.GRID,
                1,
                Budget.trials(3));

        List<Problem> problems = StudyChecks.check(FFMPEG, spec, space("crf", ints(18, 23, 28)));

        assertThat(problems)
                .containsExactly(
                        new Problem(
                                "/objectives/1/metric",
                                "ffmpeg-video does not report vmaf; it reports ssim, psnr, output_bytes, bitrate_kbps,"
                                        + " run_seconds, cost"),
                        new Problem(
                                "/constraints/1/metric",
                                "ffmpeg-video does not report fps_out; it reports ssim, psnr, output_bytes,"
                                        + " bitrate_kbps, run_seconds, cost"));
    }

    @Test
    void aSpaceWithNothingToTuneIsAProblem() {
        StudySpec spec = Studies.spec(StrategyKind.GRID, 1, 1, max("ssim"));

        assertThat(StudyChecks.check(FFMPEG, spec, space()))
                .containsExactly(new Problem("/space", "nothing to tune: the space has no parameters"));
        assertThat(StudyChecks.check(FFMPEG, spec, space("crf", ints(20), "fps", ints(24))))
                .containsExactly(new Problem("/space", "nothing to tune: every parameter has one value"));
    }

    @Test
    void unknownParametersAndCandidatesTheTemplateRejectsArePointedAt() {
        StudySpec spec = Studies.spec(StrategyKind.GRID, 1, 4, max("ssim"));

        List<Problem> problems = StudyChecks.check(FFMPEG, spec, space("crf", ints(18, 23, 60), "tp-size", ints(1, 2)));

        assertThat(problems)
                .containsExactly(
                        new Problem("/space/crf/2", "60 is above the maximum 51"),
                        new Problem(
                                "/space/tp-size",
                                "ffmpeg-video has no input tp-size; its inputs are "
                                        + String.join(", ", FFMPEG.inputs().keySet())));
    }

    @Test
    void aGridLargerThanItsBudgetIsAWarningNeverASilentCut() {
        SearchSpace space = space("crf", ints(18, 20, 23, 26, 28, 32), "fps", ints(15, 24, 30));
        StudySpec grid = Studies.spec(StrategyKind.GRID, 1, 10, max("ssim"));
        StudySpec random = Studies.spec(StrategyKind.RANDOM, 1, 10, max("ssim"));

        assertThat(StudyChecks.warnings(grid, space))
                .containsExactly(
                        "the grid has 18 points and the budget runs 10 of them: raise --trials or narrow the space");
        assertThat(StudyChecks.warnings(random, space)).isEmpty();
    }

    @Test
    void aBudgetLargerThanTheSpaceAndParallelTrialsAreWarnings() {
        SearchSpace space = space("crf", ints(18, 23));
        StudySpec spec = new StudySpec(
                List.of(max("ssim")), List.of(), StrategyKind.RANDOM, 1, new Budget(20, Duration.ofMinutes(5), 2));

        assertThat(StudyChecks.warnings(spec, space))
                .containsExactly(
                        "the space has 2 points: the study ends after 2 trials, not 20",
                        "2 trials run at once: they share the machine, so their timings disturb each other");
    }

    @Test
    void theSpaceOfAMergeLeavesOutWhatTheInputsFix() {
        MergeResult merged =
                new MergeResult(Map.of("crf", ints(18, 23), "fps", ints(24, 30)), List.of("a", "b"), List.of());

        SearchSpace space = SearchSpace.of(merged, Map.of("fps", Value.of(25)));

        assertThat(space.parameters()).containsOnlyKeys("crf");
        assertThat(space.gridSize()).isEqualTo(2);
    }
}
