package org.minhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A rule added on another node takes effect here once {@code minhu.deadlines.cache-ttl} has passed on the clock. */
class DeadlineRulesRefreshTest extends ApiTestSupport {

    @Autowired
    Deadlines deadlines;
    @Autowired
    JdbcClient jdbc;

    Instant urgentAcceptDue() {
        return deadlines.due(DeadlineStep.ACCEPT, DeadlineClass.URGENT, START).at();
    }

    @Test
    void aRuleAddedElsewhereTakesEffectOnceTheCacheTtlHasPassed() {
        deadlines.reload();
        jdbc.sql("""
                INSERT INTO deadline_rule (step, deadline_class, amount, unit, effective_from)
                VALUES ('ACCEPT', 'URGENT', 30, 'MINUTES', DATE '2025-01-01')""").update();
        try {
            clock.advance(Duration.ofSeconds(59));
            assertThat(urgentAcceptDue()).isEqualTo(START.plus(Duration.ofHours(2)));
            clock.advance(Duration.ofSeconds(2));
            assertThat(urgentAcceptDue()).isEqualTo(START.plus(Duration.ofMinutes(30)));
        } finally {
            jdbc.sql("DELETE FROM deadline_rule WHERE step = 'ACCEPT' AND deadline_class = 'URGENT'").update();
            deadlines.reload();
            clock.set(START);
        }
    }
}
