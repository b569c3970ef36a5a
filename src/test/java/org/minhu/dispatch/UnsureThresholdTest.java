package org.minhu.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model's unsure threshold is chosen on its own cross-validated suggestions; no Spring. */
class UnsureThresholdTest {

    private final List<CategorySuggestion> suggested = new ArrayList<>();
    private final List<String> known = new ArrayList<>();

    private void add(int times, double confidence, boolean right) {
        for (int i = 0; i < times; i++) {
            suggested.add(new CategorySuggestion("A", confidence, false, List.of()));
            known.add(right ? "A" : "B");
        }
    }

    @Test
    void theLowestThresholdAtWhichTheConfidentAreRightNineteenTimesInTwentyIsChosen() {
        add(90, 0.95, true);
        add(2, 0.95, false);
        add(5, 0.52, true);
        add(5, 0.52, false); // below 0.55 a coin toss

        UnsureThreshold chosen = UnsureThreshold.choose(suggested, known);

        // at 0.50 all 102 are confident and 95 of them right (93.1 %); from 0.55 on, 90 of 92 (97.8 %)
        assertThat(chosen.below()).isEqualTo(0.55);
        assertThat(chosen.unsureShare()).isCloseTo(10 / 102.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(chosen.confidentAccuracy()).isCloseTo(90 / 92.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aModelRightEnoughEverywhereAsksTheOperatorAsSeldomAsItCan() {
        add(100, 0.99, true);
        add(3, 0.31, true);

        assertThat(UnsureThreshold.choose(suggested, known).below()).isEqualTo(UnsureThreshold.CANDIDATES[0]);
    }

    @Test
    void aModelNeverRightEnoughTakesTheHighestThreshold() {
        add(10, 0.95, true);
        add(10, 0.95, false);

        UnsureThreshold chosen = UnsureThreshold.choose(suggested, known);
        assertThat(chosen.below()).isEqualTo(UnsureThreshold.CANDIDATES[UnsureThreshold.CANDIDATES.length - 1]);
        assertThat(chosen.confidentAccuracy()).isEqualTo(0.5);
    }
}
