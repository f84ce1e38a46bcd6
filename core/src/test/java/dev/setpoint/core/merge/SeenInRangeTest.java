package dev.setpoint.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenInRangeTest {

    @Test
    void reportsEachKeyOfTheRangeNewOnceIncludingBothEnds() {
        SeenInRange seen = new SeenInRange(-70, 70);

        assertThat(seen.add(-70)).isTrue();
        assertThat(seen.add(70)).isTrue();
        assertThat(seen.add(0)).isTrue();
        assertThat(seen.add(-6)).isTrue();
        assertThat(seen.add(-70)).isFalse();
        assertThat(seen.add(70)).isFalse();
        assertThat(seen.add(0)).isFalse();
        assertThat(seen.add(58)).as("another key in the same word as -6").isTrue();
    }

    @Test
    void onlyNarrowRangesFitAndAnOverflowingWidthDoesNot() {
        assertThat(SeenInRange.fits(0, 399)).isTrue();
        assertThat(SeenInRange.fits(5, 5)).isTrue();
        assertThat(SeenInRange.fits(0, SeenInRange.MAX_WIDTH)).isFalse();
        assertThat(SeenInRange.fits(Long.MIN_VALUE, Long.MAX_VALUE)).isFalse();
        assertThat(SeenInRange.fits(-1, Long.MAX_VALUE)).isFalse();
    }
}
