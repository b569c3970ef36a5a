package org.minhu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's 免考核: a few a month, approved, rejected and (lately) pending, asked by the lead
 * unit's handler or an operator and decided by the supervisor of the ticket's district.
 */
class DemoExemptionsTest extends DemoLoaded {

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void aFewAMonthInEveryState() {
        Map<String, Object> byMonth = jdbc.sql("""
                SELECT min(n) AS fewest, max(n) AS most FROM (SELECT count(*) AS n FROM ticket
                WHERE exemption_status IS NOT NULL AND exemption_requested_at < TIMESTAMPTZ '2025-03-01 00:00+08'
                GROUP BY date_trunc('month', exemption_requested_at AT TIME ZONE 'Asia/Shanghai')) m""").query().singleRow();
        assertThat((Long) byMonth.get("fewest")).isGreaterThan(20);
        assertThat((Long) byMonth.get("most")).isLessThan(400);
        assertThat(count("SELECT count(*) FROM ticket WHERE exemption_status = 'APPROVED'"))
                .isGreaterThan(count("SELECT count(*) FROM ticket WHERE exemption_status = 'REJECTED'")).isPositive();
        assertThat(count("SELECT count(DISTINCT exemption_reason) FROM ticket")).isEqualTo(7);
        // pending: asked lately, in the current month; an older one only where the ticket's life was cut short
        long pendingNow = count("""
                SELECT count(*) FROM ticket WHERE exemption_status = 'REQUESTED'
                AND exemption_requested_at >= TIMESTAMPTZ '2025-03-01 00:00+08'""");
        assertThat(pendingNow).isPositive();
        assertThat(count("""
                SELECT count(*) FROM ticket WHERE exemption_status = 'REQUESTED'
                AND exemption_requested_at < TIMESTAMPTZ '2025-02-20 00:00+08'""")).isLessThan(pendingNow);
    }

    @Test
    void askedByTheLeadOrAnOperatorDecidedByTheDistrictsSupervisor() {
        assertThat(count("""
                SELECT count(*) FROM ticket t WHERE t.exemption_status IS NOT NULL
                AND NOT t.exemption_requested_by IN ('op01', 'op02', 'op03', 'op04', 'op05')
                AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.ticket_id = t.id AND a.role = 'LEAD'
                                AND 'h-' || a.unit_code = t.exemption_requested_by)""")).isZero();
        assertThat(count("SELECT count(*) FROM ticket WHERE exemption_requested_by LIKE 'h-%'")).isPositive();
        assertThat(count("SELECT count(*) FROM ticket WHERE exemption_requested_by LIKE 'op%'")).isPositive();
        assertThat(count("""
                SELECT count(*) FROM ticket WHERE exemption_decided_by IS NOT NULL
                AND exemption_decided_by <> 'sup-' || district_code""")).isZero();
        assertThat(count("SELECT count(*) FROM ticket WHERE exemption_decided_by IS NOT NULL")).isPositive();
    }
}
