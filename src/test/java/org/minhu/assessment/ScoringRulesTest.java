package org.minhu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minhu.directory.UnitKind;

/** A month is scored with the rules in force in it: later changes leave earlier months alone. */
class ScoringRulesTest {

    private static final ScoringRule.Weights DEFAULT = weights("0.10", "0.45", "0.45");
    private static final ScoringRule.Weights STREETS_2026 = weights("0.20", "0.40", "0.40");

    private final ScoringRules rules = new ScoringRules(
            List.of(new ScoringRules.WeightRow(YearMonth.of(2000, 1), UnitKind.SUBDISTRICT, DEFAULT),
                    new ScoringRules.WeightRow(YearMonth.of(2000, 1), UnitKind.DEPARTMENT, DEFAULT),
                    new ScoringRules.WeightRow(YearMonth.of(2026, 7), UnitKind.SUBDISTRICT, STREETS_2026)),
            List.of(new ScoringRules.SettingRow(YearMonth.of(2000, 1), BigDecimal.ZERO, BigDecimal.ZERO, 10, 10),
                    new ScoringRules.SettingRow(YearMonth.of(2026, 3), new BigDecimal("0.5"), BigDecimal.ZERO, 20, 10)));

    @Test
    void aWeightChangeFromJulyLeavesJuneAsItWas() {
        assertThat(rules.inForce(YearMonth.of(2026, 6)).of(UnitKind.SUBDISTRICT)).isEqualTo(DEFAULT);
        assertThat(rules.inForce(YearMonth.of(2026, 7)).of(UnitKind.SUBDISTRICT)).isEqualTo(STREETS_2026);
        assertThat(rules.inForce(YearMonth.of(2027, 1)).of(UnitKind.SUBDISTRICT)).isEqualTo(STREETS_2026);
    }

    @Test
    void weightsDifferByPeerGroup() {
        ScoringRule july = rules.inForce(YearMonth.of(2026, 7));
        assertThat(july.of(UnitKind.DEPARTMENT)).isEqualTo(DEFAULT);
        assertThat(july.effectiveFrom()).isEqualTo(YearMonth.of(2026, 7));
        assertThatThrownBy(() -> july.of(UnitKind.ENTERPRISE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void alphaAndTheMinimumSampleFollowTheirOwnDates() {
        assertThat(rules.inForce(YearMonth.of(2026, 2)).minSample()).isEqualTo(10);
        ScoringRule march = rules.inForce(YearMonth.of(2026, 3));
        assertThat(march.minSample()).isEqualTo(20);
        assertThat(march.alpha()).isEqualByComparingTo("0.5");
        assertThat(march.effectiveFrom()).isEqualTo(YearMonth.of(2026, 3));
    }

    @Test
    void aMonthBeforeAnyRuleHasNone() {
        assertThatThrownBy(() -> rules.inForce(YearMonth.of(1999, 12))).isInstanceOf(IllegalStateException.class);
    }

    private static ScoringRule.Weights weights(String r, String s, String m) {
        return new ScoringRule.Weights(new BigDecimal(r), new BigDecimal(s), new BigDecimal(m));
    }
}
