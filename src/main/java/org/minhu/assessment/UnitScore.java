package org.minhu.assessment;

import java.math.BigDecimal;
import org.minhu.directory.UnitKind;

/**
 * One unit's month: the counts behind every rate (so anyone can check them), the three rates, the
 * composite and direct scores, requests per 10,000 residents, and its ranks in its peer group
 * citywide and in its district, by the composite and by the direct score (直派成绩). {@code smallSample}: fewer counted callbacks than the rules'
 * minimum, so listed without a rank. Rates are fractions (0.9375), scores out of 100. Every field
 * is always present, null where there is nothing to count. Beside the scores and outside the
 * composite (吹哨报到): {@code whistlesBlown} by a street or township in the month, and a summoned
 * department's or utility's {@code reportInsOnTime} of its {@code reportInsDue}.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
public record UnitScore(String unitCode, String unitName, UnitKind group, String districtCode, long responseDue,
                        long respondedOnTime, long callbacks, long resolvedYes, long resolvedPartly, long satisfied,
                        long basicallySatisfied, BigDecimal responseRate, BigDecimal resolutionRate,
                        BigDecimal satisfactionRate, BigDecimal compositeScore, BigDecimal directScore,
                        BigDecimal requestsPer10k, Integer rank, Integer districtRank, Integer rankChange,
                        boolean smallSample, long overdue, long reopened, Integer directRank,
                        Integer directDistrictRank, Integer directRankChange, long whistlesBlown, long reportInsDue,
                        long reportInsOnTime) {

    /** What another unit of the peer group may see of this row: who it is, its score and ranks. */
    UnitScore ranksOnly() {
        return new UnitScore(unitCode, unitName, group, districtCode, 0, 0, 0, 0, 0, 0, 0, null, null, null,
                compositeScore, null, null, rank, districtRank, rankChange, smallSample, 0, 0, null, null, null, 0, 0, 0);
    }
}
