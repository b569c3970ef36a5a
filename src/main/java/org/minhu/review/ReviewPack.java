package org.minhu.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.minhu.assessment.AssessmentView;
import org.minhu.assessment.Indicator;
import org.minhu.assessment.IndicatorRank;
import org.minhu.assessment.LivelihoodMonth;
import org.minhu.assessment.MonthLists;
import org.minhu.assessment.UnitHistory;
import org.minhu.assessment.UnitScore;
import org.minhu.directory.UnitKind;

/**
 * The monthly review pack of a district ({@code districtCode}; null: the city): the month's
 * status and rules, a ranking table per peer group, a card for every street and township, every
 * other indicator ranked, the proposed speakers, the governance and praise lists, and the
 * month's requests by livelihood dimension (七有五性).
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
public record ReviewPack(YearMonth month, String districtCode, String districtName, AssessmentView.Status status,
                         Instant scoredAt, AssessmentView.Rules rules, List<RankingTable> rankings,
                         List<UnitCard> cards, List<IndicatorTable> indicators, Speakers speakers,
                         MonthLists lists, LivelihoodMonth livelihood) {

    /** A peer group's units of the pack's scope, in rank order. */
    public record RankingTable(UnitKind group, List<UnitScore> rows) {
    }

    /** An indicator's values of the month in the pack's scope, ranked in their peer groups. */
    public record IndicatorTable(Indicator indicator, List<IndicatorRank> rows) {
    }

    /**
     * A street's or township's card: its row of the month, its district's pooled rates to compare
     * with, its top categories, its last twelve months, its standing on every measure, and the
     * drafted comment.
     */
    public record UnitCard(String unitCode, String unitName, UnitKind group, UnitScore score, Rates districtRates,
                           List<TopCategory> topCategories, List<UnitHistory.Point> trend, List<Measure> measures,
                           String comment) {
    }

    /** The three rates of a unit's district as a whole (its DISTRICT row). */
    public record Rates(BigDecimal responseRate, BigDecimal resolutionRate, BigDecimal satisfactionRate) {
    }

    /** One of a unit's most frequent categories of request in the month. */
    public record TopCategory(String code, String name, long requests) {
    }

    /** Who is asked to speak: the lowest three streets and townships and one exemplary community. */
    public record Speakers(List<Speaker> lagging, Speaker exemplary) {
    }

    /**
     * A proposed speaker and why: {@code LOWEST} (its place from the bottom), {@code FULL_MARKS}
     * (a composite of 100 over {@code callbacks} callbacks), or {@code ZERO_REQUESTS} (no request
     * this month nor last).
     */
    public record Speaker(String unitCode, String unitName, UnitKind group, String why, BigDecimal compositeScore,
                          Integer place, long callbacks) {
    }
}
