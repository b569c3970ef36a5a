package org.minhu.assessment;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.minhu.directory.UnitKind;

/**
 * The rules a month is scored with: the weights of the three rates per peer group, α (the share
 * of a "partly resolved" that counts), β (of a "basically satisfied"), the minimum number of
 * counted callbacks to be ranked, and the size of the governance list; each with the month from
 * which it applies.
 */
public record ScoringRule(YearMonth effectiveFrom, Map<UnitKind, Weights> weights, BigDecimal alpha, BigDecimal beta,
                          int minSample, int governanceSize) {

    /** How much each rate weighs in the composite; they sum to 1. */
    public record Weights(BigDecimal response, BigDecimal resolution, BigDecimal satisfaction) {
    }

    /** The weights of a peer group. */
    Weights of(UnitKind group) {
        Weights w = weights.get(group);
        if (w == null) {
            throw new IllegalStateException("No assessment weights for " + group + " in force in " + effectiveFrom);
        }
        return w;
    }
}
