package dev.setpoint.runner.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AudioOscillatorTest {

    @Test
    void everyOscillatorsOwnLoopSumsTheSameToneToWithinItsTablesPrecision() {
        for (AudioFunction.Oscillator osc : AudioFunction.Oscillator.values()) {
            double tolerance = switch (osc) {
                case FAST -> 0.12; // nearest of 256 entries: up to 2 pi / 256 a partial
                case BALANCED -> 1e-4;
                case HIGH -> 1e-5;
                case MAXIMUM -> 1e-12;
            };
            for (int partials : new int[] {1, 7, 40}) {
                for (double phase = 0; phase < 1; phase += 0.0137) {
                    assertThat(osc.partialSum(phase, partials))
                            .as("%s, %d partials at %s", osc, partials, phase)
                            .isCloseTo(exact(phase, partials), within(tolerance));
                }
            }
        }
    }

    private static double exact(double phase, int partials) {
        double v = 0;
        for (int k = 1; k <= partials; k++) {
            v += Math.sin(2 * Math.PI * k * phase) / k;
        }
        return v;
    }
}
