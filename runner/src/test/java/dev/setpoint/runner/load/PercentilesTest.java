package dev.setpoint.runner.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void aPercentileIsLinearBetweenTheClosestRanksAsNumpyComputesIt() {
        double[] values = {5, 1, 4, 2, 3};

        assertThat(Percentiles.of(values, 50)).isEqualTo(3);
        assertThat(Percentiles.of(values, 90)).isCloseTo(4.6, within(1e-12));
        assertThat(Percentiles.of(values, 99)).isCloseTo(4.96, within(1e-12));
        assertThat(Percentiles.of(values, 0)).isEqualTo(1);
        assertThat(Percentiles.of(values, 100)).isEqualTo(5);
        assertThat(values).containsExactly(5, 1, 4, 2, 3);
    }

    @Test
    void oneValueIsEveryPercentileAndNoneIsNaN() {
        assertThat(Percentiles.of(new double[] {7}, 99)).isEqualTo(7);
        assertThat(Percentiles.of(new double[0], 50)).isNaN();
    }
}
