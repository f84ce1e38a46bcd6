package dev.setpoint.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ProgressPatternTest {

    @Test
    void aPercentGroupIsReadAsAFraction() {
        ProgressPattern p = new ProgressPattern("(?<percent>\\d+(\\.\\d+)?)%", Double.NaN);

        assertThat(p.fraction("encoding 42.5% done")).hasValue(0.425);
        assertThat(p.fraction("no number here")).isEmpty();
    }

    @Test
    void doneCountsTowardsATotalSeenOnAnEarlierLine() {
        ProgressPattern p = new ProgressPattern("^(total=(?<total>\\d+)|step (?<done>\\d+))$", Double.NaN);

        assertThat(p.fraction("step 1")).isEmpty();
        assertThat(p.fraction("total=8")).isEmpty();
        assertThat(p.fraction("step 2")).hasValue(0.25);
    }

    @Test
    void ffmpegProgressCountsMicrosecondsTowardsTheDuration() {
        ProgressPattern p = new ProgressPattern("^out_time_us=(?<done>\\d+)$", 4_000_000);

        assertThat(p.fraction("out_time_us=N/A")).isEmpty();
        assertThat(p.fraction("out_time_us=1000000")).hasValue(0.25);
        assertThat(p.fraction("out_time_us=9000000")).hasValue(1.0);
    }

    @Test
    void doneWithoutAnyKnownTotalReportsNothing() {
        assertThat(new ProgressPattern("frame=(?<done>\\d+)", Double.NaN).fraction("frame=3"))
                .isEqualTo(OptionalDouble.empty());
    }
}
