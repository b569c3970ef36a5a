package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** LIKE patterns match the user's text literally. */
class LikePatternsTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreEscaped() {
        assertThat(LikePatterns.containing("100%")).isEqualTo("%100\\%%");
        assertThat(LikePatterns.containing("a_b")).isEqualTo("%a\\_b%");
        assertThat(LikePatterns.startingWith("c:\\%")).isEqualTo("c:\\\\\\%%");
        assertThat(LikePatterns.startingWith("03.02")).isEqualTo("03.02%");
        assertThat(LikePatterns.containing("朝阳")).isEqualTo("%朝阳%");
    }
}
