package org.minhu.assessment;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One unit in a month, with the twelve months up to it: its row of the month (published, or live
 * when the month is not), and for each month its scores, rates and rank as published ({@code null}
 * status: the month was not published).
 */
public record UnitHistory(YearMonth month, AssessmentView.Status status, UnitScore score, List<Point> months) {

    /** One month of the trend. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record Point(YearMonth month, AssessmentView.Status status, BigDecimal compositeScore, BigDecimal directScore,
                        BigDecimal responseRate, BigDecimal resolutionRate, BigDecimal satisfactionRate, Integer rank,
                        Integer districtRank) {

        static Point of(YearMonth month, AssessmentView.Status status, UnitScore s) {
            return s == null ? new Point(month, null, null, null, null, null, null, null, null)
                    : new Point(month, status, s.compositeScore(), s.directScore(), s.responseRate(), s.resolutionRate(),
                            s.satisfactionRate(), s.rank(), s.districtRank());
        }
    }
}
