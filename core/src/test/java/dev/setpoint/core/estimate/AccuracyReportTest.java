package dev.setpoint.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccuracyReportTest {

    @Test
    void figuresArePerTemplateSortedAndOverall() {
        AccuracyReport report = AccuracyReport.of(List.of(
                run("video@1", 10, 11),
                run("image@1", 10, 10),
                run("image@1", 10, 12),
                run("video@1", 10, 8),
                run("image@1", 10, 9.5)));

        assertThat(report.templates())
                .extracting(AccuracyReport.TemplateAccuracy::template)
                .containsExactly("image@1", "video@1");
        AccuracyReport.Accuracy image = report.templates().get(0).all();
        assertThat(image.runs()).isEqualTo(3);
        // Six significant digits (Figures): 5.26316, 66.6667.
        assertThat(image.medianErrorPercent()).isEqualTo(5.26316);
        assertThat(image.percentWithinTolerance()).isEqualTo(66.6667);
        assertThat(report.all().runs()).isEqualTo(5);
        assertThat(report.all().medianErrorPercent()).isEqualTo(9.09091);
        assertThat(report.all().percentWithinTolerance()).isCloseTo(60, within(1e-9));
    }

    @Test
    void learnedFiguresLeaveOutEachTemplatesFirstThreeRuns() {
        AccuracyReport report = AccuracyReport.of(List.of(
                run("t@1", 1, 10), run("t@1", 1, 10), run("t@1", 1, 10), run("t@1", 10, 10), run("t@1", 11, 10)));

        assertThat(report.templates().get(0).learned().runs()).isEqualTo(2);
        assertThat(report.templates().get(0).learned().medianErrorPercent()).isCloseTo(5, within(1e-9));
        assertThat(report.templates().get(0).learned().percentWithinTolerance()).isCloseTo(100, within(1e-9));
        assertThat(report.all().percentWithinTolerance()).isCloseTo(40, within(1e-9));
    }

    @Test
    void anErrorOfExactlyFifteenPercentCountsAsWithin() {
        assertThat(AccuracyReport.of(List.of(run("t@1", 11.5, 10))).all().percentWithinTolerance())
                .isEqualTo(100);
    }

    @Test
    void noRunsGiveAnEmptyReport() {
        AccuracyReport report = AccuracyReport.of(List.of());

        assertThat(report.templates()).isEmpty();
        assertThat(report.all().runs()).isZero();
        assertThat(report.all().medianErrorPercent()).isNaN();
    }

    private static RunObservation run(String template, double estimated, double actual) {
        return new RunObservation(template, "standard", 1, actual, estimated);
    }
}
