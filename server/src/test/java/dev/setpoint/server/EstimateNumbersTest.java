package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.quality.BuiltinLevels;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Figures;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Estimates in the API's JSON are exact decimals: no exponent, no binary noise. */
class EstimateNumbersTest extends ServerTestBase {

    /** A JSON number written with an exponent, such as 5.0E-5. */
    private static final Pattern EXPONENT = Pattern.compile("[:\\[,]\\s*-?\\d+(\\.\\d+)?[eE][-+]?\\d+");

    static Stream<Arguments> templatesAndLevels() {
        return TemplateRegistry.builtin().list().stream()
                .flatMap(template -> BuiltinLevels.ALL.stream().map(level -> Arguments.of(template.ref(), level.id())));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("templatesAndLevels")
    void anEstimatesTimesCostAndResourcesHaveNoExponentAndNoBinaryNoise(String template, String level) {
        Http.Response estimate = newUser("num")
                .post("/api/estimate", "{\"template\": \"" + template + "\", \"quality\": \"" + level + "\"}");

        assertThat(estimate.status()).as(estimate.body()).isEqualTo(200);
        assertThat(EXPONENT.matcher(estimate.body()).find()).as(estimate.body()).isFalse();
        List<Value> figures = new ArrayList<>();
        for (String name : List.of("expected_seconds", "min_seconds", "max_seconds", "cost")) {
            figures.add(estimate.at(name));
        }
        figures.addAll(((Value.Obj) estimate.at("resources")).members().values());
        for (Value figure : figures) {
            assertThat(new BigDecimal(Json.write(figure)).stripTrailingZeros().precision())
                    .as("%s in %s", figure, estimate.body())
                    .isLessThanOrEqualTo(Figures.SIGNIFICANT_DIGITS);
        }
    }
}
