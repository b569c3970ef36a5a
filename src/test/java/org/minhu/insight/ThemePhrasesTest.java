package org.minhu.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A category's text clusters are the words its requests say far more often than the month's at large. */
class ThemePhrasesTest {

    private static List<String> words(String text) {
        return Arrays.asList(text.split(" "));
    }

    @Test
    void theWordsThatSetACategoryApartNameItsClustersAndCommonWordsDoNot() {
        List<String> heating = List.of("暖气 不热 小区", "暖气 不热 老楼", "暖气 漏水 小区", "供暖 费用 小区", "暖气 不热 小区");
        List<String> month = List.of("暖气 不热 小区", "暖气 不热 老楼", "暖气 漏水 小区", "供暖 费用 小区", "暖气 不热 小区",
                "停车 收费 小区", "噪音 扰民 小区", "停车 难 小区", "垃圾 清运 小区", "遛狗 小区", "油烟 小区", "施工 小区",
                "井盖 小区", "路灯 小区", "电梯 小区", "物业 小区");
        List<ThemePhrases.Phrase> clusters = ThemePhrases.of(heating, month, ThemePhrasesTest::words, 0.2, 2);
        assertThat(clusters).extracting(ThemePhrases.Phrase::text).containsExactly("暖气", "不热");
        assertThat(clusters.getFirst().share()).isEqualTo(0.8);
        assertThat(clusters).extracting(ThemePhrases.Phrase::text).as("said everywhere: no cluster").doesNotContain("小区");
        assertThat(ThemePhrases.of(List.of(), month, ThemePhrasesTest::words, 0.2, 2)).isEmpty();
    }
}
