package dev.setpoint.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.template.Better;
import dev.setpoint.core.template.MetricSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ComparisonAnalysisTest {

    private static final List<MetricSpec> IMAGE =
            List.of(new MetricSpec("psnr", "", Better.HIGHER, ""), new MetricSpec("output_bytes", "", Better.NONE, ""));
    private static final Offset<Double> CLOSE = Offset.offset(1e-9);

    private static LevelRun run(String level, double seconds, double psnr) {
        return new LevelRun(level, seconds, seconds * 0.001, Map.of("psnr", psnr));
    }

    @Test
    void timeRatiosAreAgainstStandardAndGainsAgainstTheLevelBelow() {
        ComparisonAnalysis analysis = ComparisonAnalysis.of(
                IMAGE, List.of(run("draft", 1, 20), run("standard", 2, 26), run("high", 4, 30), run("ultra", 8, 31)));

        assertThat(analysis.timeRatios())
                .containsExactly(
                        Map.entry("draft", 0.5),
                        Map.entry("standard", 1.0),
                        Map.entry("high", 2.0),
                        Map.entry("ultra", 4.0));
        assertThat(analysis.levels())
                .extracting(l -> l.gainPerSecond().get("psnr"))
                .containsExactly(null, 6.0, 2.0, 0.25);
    }

    @Test
    void aLevelThatTookNoLongerThanTheOneBelowHasNoGainPerExtraSecond() {
        ComparisonAnalysis analysis = ComparisonAnalysis.of(
                IMAGE, List.of(run("draft", 2, 20), run("standard", 1, 26), run("high", 1, 30), run("ultra", 0.5, 19)));

        assertThat(analysis.levels())
                .extracting(l -> l.gainPerSecond().get("psnr"))
                .containsExactly(null, null, null, null);
    }

    @Test
    void everyGoalHasAGainAndAMetricNoLevelMeasuredHasNone() {
        ComparisonAnalysis analysis =
                ComparisonAnalysis.of(IMAGE, List.of(run("draft", 1, 20), run("standard", 2, 26)));

        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("psnr", 6.0);
        expected.put("output_bytes", null);
        assertThat(analysis.levels().get(1).gainPerSecond()).containsExactlyEntriesOf(expected);
    }

    @Test
    void aMetricWhereLowerIsBetterGainsWhenItFalls() {
        List<MetricSpec> text = List.of(new MetricSpec("bits_per_char", "", Better.LOWER, ""));
        ComparisonAnalysis analysis = ComparisonAnalysis.of(
                text,
                List.of(
                        new LevelRun("draft", 1.0, null, Map.of("bits_per_char", 4.0)),
                        new LevelRun("standard", 3.0, null, Map.of("bits_per_char", 3.0))));

        assertThat(analysis.levels().get(1).gainPerSecond().get("bits_per_char"))
                .isCloseTo(0.5, CLOSE);
    }

    @Test
    void aFailedLevelKeepsNoFiguresAndTheLevelsAroundItCompareWithEachOther() {
        ComparisonAnalysis analysis = ComparisonAnalysis.of(
                IMAGE, List.of(run("draft", 1, 20), LevelRun.unmeasured("standard"), run("high", 5, 30)));

        assertThat(analysis.timeRatios()).isEmpty();
        assertThat(analysis.levels().get(1).gainPerSecond().get("psnr")).isNull();
        assertThat(analysis.levels().get(2).gainPerSecond().get("psnr")).isCloseTo(2.5, CLOSE);
    }

    @Test
    void twoLevelsThatTookTheSameTimeHaveNoGainPerSecond() {
        ComparisonAnalysis analysis =
                ComparisonAnalysis.of(IMAGE, List.of(run("draft", 2, 20), run("standard", 2, 26)));

        assertThat(analysis.levels().get(1).gainPerSecond().get("psnr")).isNull();
    }

    @Test
    void aStandardThatTookNoTimeGivesNoRatios() {
        ComparisonAnalysis analysis = ComparisonAnalysis.of(IMAGE, List.of(run("standard", 0, 20), run("high", 2, 26)));

        assertThat(analysis.timeRatios()).isEmpty();
    }

    @Test
    void aRunIsMeasuredInFiniteFiguresAndNamesItsLevel() {
        assertThatThrownBy(() -> new LevelRun(" ", 1.0, null, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LevelRun("draft", -1.0, null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LevelRun("draft", 1.0, Double.NaN, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LevelRun("draft", 1.0, null, Map.of("psnr", Double.POSITIVE_INFINITY)))
                .hasMessageContaining("psnr");
    }
}
