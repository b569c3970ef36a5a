package org.minhu.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.minhu.directory.UnitKind;

/**
 * A month's assessment as the API answers it: whether it is a live {@code PREVIEW} or a
 * {@code PUBLISHED} run (with its {@code runId}: the current one, or an earlier one asked for),
 * the moment whose state was scored, the rules it was scored with, and a
 * page of unit rows.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
public record AssessmentView(YearMonth month, Status status, Long runId, Instant scoredAt, Rules rules,
                             List<UnitScore> content, int page, int size, long totalElements) {

    public enum Status { PREVIEW, PUBLISHED }

    /** The rules in force in the month. */
    public record Rules(Map<UnitKind, ScoringRule.Weights> weights, BigDecimal alpha, BigDecimal beta, int minSample,
                        int governanceSize, YearMonth effectiveFrom) {

        static Rules of(ScoringRule rule) {
            return new Rules(rule.weights(), rule.alpha(), rule.beta(), rule.minSample(), rule.governanceSize(),
                    rule.effectiveFrom());
        }
    }
}
