package org.minhu.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minhu.directory.UnitKind;

/** The drafted comments of the review meeting, in its register, from the standings only. */
class CommentDraftTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void aStreetFirstInOneIndicatorAndLastInAnotherIsPraisedForTheOneAndToldOfTheOther() {
        var draft = draft(UnitKind.SUBDISTRICT, false, false,
                measure(Measure.COMPOSITE, true, 5, 12),
                measure("GARBAGE", "垃圾分类", "garbage sorting", true, 1, 12),
                measure("PM25", "PM2.5浓度", "PM2.5 concentration", false, 12, 12));
        assertThat(draft.text(Locale.CHINESE))
                .isEqualTo("3月份，建外街道垃圾分类排名全区各街道首位；但在PM2.5浓度方面仍存在不足。");
        assertThat(draft.text(Locale.ENGLISH)).isEqualTo("In March 2026, 建外街道 ranked first among the district's "
                + "subdistricts in garbage sorting, but still falls short in PM2.5 concentration.");
    }

    @Test
    void compositeAndDirectInTheFrontQuarterReadAsTheDistrictPapersWriteThem() {
        var draft = draft(UnitKind.SUBDISTRICT, false, false,
                measure(Measure.COMPOSITE, true, 2, 12), measure(Measure.DIRECT, true, 3, 12),
                measure("SAFETY", "平安指数", "safety index", true, 2, 12),
                measure("PM25", "PM2.5浓度", "PM2.5 concentration", false, 1, 12));
        assertThat(draft.text(Locale.CHINESE)).isEqualTo(
                "3月份，建外街道PM2.5浓度为全区各街道最低，接诉即办综合成绩、直派成绩、平安指数均排名全区各街道前列。");
    }

    @Test
    void aCompositeInTheBackQuarterNames12345OnceAmongTheShortfalls() {
        var draft = draft(UnitKind.TOWNSHIP, true, false,
                measure(Measure.COMPOSITE, true, 40, 40), measure(Measure.DIRECT, true, 38, 40),
                measure("DEMOLITION", "拆违", "illegal-construction removal", true, 1, 40),
                measure("PM25", "PM2.5浓度", "PM2.5 concentration", false, 31, 40));
        assertThat(draft.text(Locale.CHINESE))
                .isEqualTo("3月份，建外街道拆违排名全市各乡镇首位；但在接诉即办、PM2.5浓度等方面仍存在不足。");
        assertThat(draft.text(Locale.ENGLISH)).endsWith(
                "ranked first among the city's townships in illegal-construction removal, but still falls short in "
                        + "12345 request handling and PM2.5 concentration.");
    }

    @Test
    void onlyShortfallsAskForImprovementAndTheMiddleSaysSo() {
        assertThat(draft(UnitKind.SUBDISTRICT, false, false, measure(Measure.COMPOSITE, true, 9, 10))
                .text(Locale.CHINESE)).isEqualTo("3月份，建外街道在接诉即办方面仍需提升。");
        assertThat(draft(UnitKind.SUBDISTRICT, false, false, measure(Measure.COMPOSITE, true, 5, 10))
                .text(Locale.CHINESE)).isEqualTo("3月份，建外街道各项成绩位于全区各街道中游。");
    }

    @Test
    void aSmallSampleIsSaidNotHidden() {
        var draft = draft(UnitKind.SUBDISTRICT, false, true, measure(Measure.COMPOSITE, true, null, 10));
        assertThat(draft.text(Locale.CHINESE))
                .isEqualTo("3月份，建外街道本月没有参与排名的成绩。接诉即办回访不足10件，综合成绩未参与排名。");
    }

    private static CommentDraft draft(UnitKind group, boolean citywide, boolean small, Measure... measures) {
        return new CommentDraft(MARCH, "建外街道", group, citywide, small, 10, List.of(measures));
    }

    private static Measure measure(String code, boolean higher, Integer rank, int ranked) {
        return measure(code, code, code, higher, rank, ranked);
    }

    private static Measure measure(String code, String zh, String en, boolean higher, Integer rank, int ranked) {
        return Measure.of(code, zh, en, higher, BigDecimal.ONE, rank, ranked);
    }
}
