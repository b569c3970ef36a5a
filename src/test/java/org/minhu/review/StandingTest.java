package org.minhu.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Top, front quarter, back quarter: a quarter is at least one place. */
class StandingTest {

    @Test
    void ofTwelvePeersTheFirstThreeAreInFrontAndTheLastThreeAtTheBack() {
        assertThat(Standing.of(1, 12)).isEqualTo(Standing.TOP);
        assertThat(Standing.of(3, 12)).isEqualTo(Standing.FRONT);
        assertThat(Standing.of(4, 12)).isEqualTo(Standing.MIDDLE);
        assertThat(Standing.of(9, 12)).isEqualTo(Standing.MIDDLE);
        assertThat(Standing.of(10, 12)).isEqualTo(Standing.BACK);
    }

    @Test
    void ofThirteenPeersAQuarterIsFourPlaces() {
        assertThat(Standing.of(4, 13)).isEqualTo(Standing.FRONT);
        assertThat(Standing.of(5, 13)).isEqualTo(Standing.MIDDLE);
        assertThat(Standing.of(10, 13)).isEqualTo(Standing.BACK);
        assertThat(Standing.of(9, 13)).isEqualTo(Standing.MIDDLE);
    }

    @Test
    void alonePeerOrNoRankHasNoStanding() {
        assertThat(Standing.of(1, 1)).isNull();
        assertThat(Standing.of(null, 10)).isNull();
        assertThat(Standing.of(2, 2)).isEqualTo(Standing.BACK);
    }
}
