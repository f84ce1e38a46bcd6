package dev.setpoint.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeedsTest {

    private static final Template IMAGE = TemplateRegistry.builtin().resolve("sd-image");
    private static final Template NOOP = TemplateRegistry.builtin().resolve("noop");

    @Test
    void minusOneBecomesADrawnSeedInTheTemplatesRange() {
        Map<String, Value> drawn =
                Seeds.drawn(IMAGE, Map.of("seed", Value.of(-1), "steps", Value.of(20)), new SplittableRandom(7));

        long seed = ((Value.Num) drawn.get("seed")).value().longValueExact();
        assertThat(seed).isBetween(0L, 4_294_967_295L);
        assertThat(drawn.get("steps")).isEqualTo(Value.of(20));
    }

    @Test
    void theSameRandomSourceDrawsTheSameSeed() {
        Map<String, Value> parameters = Map.of("seed", Value.of(-1));

        assertThat(Seeds.drawn(IMAGE, parameters, new SplittableRandom(7)))
                .isEqualTo(Seeds.drawn(IMAGE, parameters, new SplittableRandom(7)))
                .isNotEqualTo(Seeds.drawn(IMAGE, parameters, new SplittableRandom(8)));
    }

    @Test
    void aMissingSeedFallsBackToTheTemplatesDefaultOfMinusOneAndIsDrawn() {
        assertThat(Seeds.drawn(IMAGE, Map.of(), new SplittableRandom(7)))
                .containsKey("seed")
                .doesNotContainEntry("seed", Value.of(-1));
    }

    @Test
    void aChosenSeedIsKept() {
        Map<String, Value> parameters = Map.of("seed", Value.of(42));

        assertThat(Seeds.drawn(IMAGE, parameters, new SplittableRandom(7))).isSameAs(parameters);
    }

    @Test
    void aTemplateWithoutASeedIsLeftAlone() {
        Map<String, Value> parameters = Map.of();

        assertThat(Seeds.drawn(NOOP, parameters, new SplittableRandom(7))).isSameAs(parameters);
    }
}
