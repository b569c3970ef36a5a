package org.minhu.assessment;

import java.time.YearMonth;
import org.minhu.directory.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The assessment rules as the database keeps them ({@code assessment_weight}, {@code assessment_setting}). */
@Component
class JdbcScoringRules {

    private final JdbcClient jdbc;

    JdbcScoringRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rules in force in {@code month}, read afresh: a few rows, read once per scoring. */
    ScoringRule inForce(YearMonth month) {
        var weights = jdbc.sql("SELECT * FROM assessment_weight").query((rs, n) -> new ScoringRules.WeightRow(
                YearMonth.from(rs.getDate("effective_month").toLocalDate()), UnitKind.valueOf(rs.getString("peer_group")),
                new ScoringRule.Weights(rs.getBigDecimal("w_response"), rs.getBigDecimal("w_resolution"),
                        rs.getBigDecimal("w_satisfaction")))).list();
        var settings = jdbc.sql("SELECT * FROM assessment_setting").query((rs, n) -> new ScoringRules.SettingRow(
                YearMonth.from(rs.getDate("effective_month").toLocalDate()), rs.getBigDecimal("alpha"),
                rs.getBigDecimal("beta"), rs.getInt("min_sample"), rs.getInt("governance_size"))).list();
        return new ScoringRules(weights, settings).inForce(month);
    }
}
