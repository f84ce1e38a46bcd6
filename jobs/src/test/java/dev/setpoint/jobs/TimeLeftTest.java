package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The time left that progress events carry ({@link JobWorker#timeLeft}). */
class TimeLeftTest {

    @Test
    void beforeAnyProgressItIsTheEstimate() {
        assertThat(JobWorker.timeLeft(100, 0, 0)).isEqualTo(100);
        assertThat(JobWorker.timeLeft(100, 3, 0)).isEqualTo(100);
    }

    @Test
    void aSlowFirstPercentBarelyMovesItWhereTheProgressRateAloneSaidTenMinutes() {
        assertThat(JobWorker.timeLeft(100, 6, 0.01)).isCloseTo(99.0, within(1.0));
    }

    @Test
    void nearTheEndTheMeasuredRateCounts() {
        // Twice as slow as estimated: 180 s for 90 %, so 20 s are left at the measured rate.
        assertThat(JobWorker.timeLeft(100, 180, 0.9)).isCloseTo(18.2, within(0.1));
    }

    @Test
    void aRunOnItsEstimateKeepsIt() {
        for (double done = 0.1; done < 1; done += 0.1) {
            assertThat(JobWorker.timeLeft(100, 100 * done, done)).isCloseTo(100 * (1 - done), within(1e-9));
        }
    }

    @Test
    void withoutAnEstimateItIsTheMeasuredRateAndAFinishedRunHasNoneLeft() {
        assertThat(JobWorker.timeLeft(0, 10, 0.25)).isCloseTo(30, within(1e-9));
        assertThat(JobWorker.timeLeft(0, 0, 0)).isZero();
        assertThat(JobWorker.timeLeft(100, 50, 1)).isZero();
    }
}
