package dev.setpoint.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.quality.BuiltinLevels;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.template.Resources;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Figures;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Estimates are exact decimals: what the JSON shows is the figure, without binary noise or exponent. */
class EstimateFiguresTest {

    static Stream<Arguments> templatesAndLevels() {
        return TemplateRegistry.builtin().list().stream()
                .flatMap(template -> BuiltinLevels.ALL.stream().map(level -> Arguments.of(template.ref(), level.id())));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("templatesAndLevels")
    void everyFigureOfAnEstimateIsWrittenInAtMostSixSignificantDigitsWithoutExponent(String ref, String level) {
        Template template = TemplateRegistry.builtin().resolve(ref);
        Estimate estimate =
                Estimator.estimate(template, QualityCatalog.builtin().resolve(level));
        Resources r = estimate.resources();

        for (double figure : List.of(
                estimate.expectedSeconds(),
                estimate.minSeconds(),
                estimate.maxSeconds(),
                estimate.cost(),
                r.cpu(),
                r.memory(),
                r.gpu(),
                r.vram())) {
            String json = Json.write(Value.of(figure));
            assertThat(json).doesNotContainIgnoringCase("e");
            assertThat(new BigDecimal(json).stripTrailingZeros().precision())
                    .as("%s has binary noise", json)
                    .isLessThanOrEqualTo(Figures.SIGNIFICANT_DIGITS);
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("templatesAndLevels")
    void anEstimateFromHistoryIsAsExactAsOneFromMultipliers(String ref, String level) {
        Template template = TemplateRegistry.builtin().resolve(ref);
        Estimate multipliers =
                Estimator.estimate(template, QualityCatalog.builtin().resolve(level));
        Estimate history = new Estimate(
                multipliers.expectedSeconds() / 3 * 7,
                multipliers.minSeconds() / 3 * 7,
                multipliers.maxSeconds() / 3 * 7,
                multipliers.cost() / 3 * 7,
                multipliers.resources(),
                Estimate.Basis.HISTORY,
                12);

        assertThat(Json.write(Value.of(history.maxSeconds())))
                .doesNotContainIgnoringCase("e")
                .matches(s -> new BigDecimal(s).stripTrailingZeros().precision() <= Figures.SIGNIFICANT_DIGITS);
        assertThat(Json.write(Value.of(history.cost()))).doesNotContainIgnoringCase("e");
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({"5.0E-5, 0.00005", "1.5E-4, 0.00015", "0.225, 0.225", "7.0, 7.0", "4.2, 4.2", "1.0E7, 10000000"})
    void aDoubleIsWrittenAsItsShortestPlainDecimal(double figure, String json) {
        assertThat(Json.write(Value.of(figure))).isEqualTo(json);
    }
}
