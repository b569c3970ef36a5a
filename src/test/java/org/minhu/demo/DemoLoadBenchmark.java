package org.minhu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The full demo (about 120,000 tickets over three months and the current one, the three months
 * published) on the real clock, timed, with each month's picture. Not part of the normal build:
 * {@code ./mvnw test -Dtest=DemoLoadBenchmark -Dminhu.bench=true}.
 */
@SpringBootTest(properties = "minhu.demo.password=bench-password")
@EnabledIfSystemProperty(named = "minhu.bench", matches = "true")
class DemoLoadBenchmark {

    @Autowired
    DemoLoader loader;
    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheFullDemoInTime() {
        DemoLoader.Outcome outcome = loader.load();
        System.out.printf("%nDEMO BENCH: %d tickets, %d assignments, %d callbacks, %d events, published %s in %d ms%n"
                        + "  tickets %s%n  assignments %s%n", outcome.tickets().tickets(), outcome.tickets().assignments(),
                outcome.tickets().callbacks(), outcome.tickets().events(), outcome.published(), outcome.took().toMillis(),
                outcome.tickets().byStatus(), outcome.tickets().assignmentsByStatus());
        jdbc.sql("""
                SELECT to_char(r.month, 'YYYY-MM') || ': ' || sum(s.requests) FILTER (WHERE s.peer_group = 'DISTRICT')
                    || ' requests; streets ' || count(*) FILTER (WHERE s.peer_group IN ('SUBDISTRICT', 'TOWNSHIP'))
                    || ', ranked ' || count(s.rank) FILTER (WHERE s.peer_group IN ('SUBDISTRICT', 'TOWNSHIP'))
                    || ', with a rank change ' || count(s.rank_change) FILTER (WHERE s.peer_group IN ('SUBDISTRICT', 'TOWNSHIP'))
                    || ', median callbacks ' || percentile_disc(0.5) WITHIN GROUP (ORDER BY s.callbacks)
                       FILTER (WHERE s.peer_group IN ('SUBDISTRICT', 'TOWNSHIP'))
                    || '; communities with no request ' || count(*) FILTER (WHERE s.peer_group = 'COMMUNITY' AND s.requests = 0)
                    || ', full marks ' || count(*) FILTER (WHERE s.peer_group = 'COMMUNITY' AND s.composite = 100)
                    || ' (ranked ' || count(s.rank) FILTER (WHERE s.peer_group = 'COMMUNITY' AND s.composite = 100) || ')'
                FROM assessment_run r JOIN assessment_score s ON s.run_id = r.id
                WHERE r.current OR r.preview GROUP BY r.month ORDER BY r.month""")
                .query(String.class).list().forEach(line -> System.out.println("  " + line));
        jdbc.sql("""
                SELECT m || ' ' || exemption_status || ' ' || count(*) FROM (SELECT exemption_status,
                    to_char(exemption_requested_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS m
                    FROM ticket WHERE exemption_status IS NOT NULL) e GROUP BY m, exemption_status ORDER BY m, exemption_status""")
                .query(String.class).list().forEach(line -> System.out.println("  exemptions " + line));
        System.out.println();
        assertThat(outcome.took().toSeconds()).isLessThan(60);
    }
}
