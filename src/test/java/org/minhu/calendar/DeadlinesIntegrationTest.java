package org.minhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seeded rules in the real schema, read through the application's {@link Deadlines}. */
@SpringBootTest
class DeadlinesIntegrationTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    Deadlines deadlines;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    @Test
    void theSeededRulesGiveSevenWorkingDaysToCompleteAndTwoHoursToAccept() {
        Instant dispatched = beijing("2024-02-08T10:00");
        assertThat(deadlines.due(DeadlineStep.COMPLETE, DeadlineClass.NORMAL, dispatched).at())
                .isEqualTo(beijing("2024-02-23T10:00"));
        assertThat(deadlines.due(DeadlineStep.ACCEPT, DeadlineClass.NORMAL, dispatched).at())
                .isEqualTo(beijing("2024-02-08T12:00"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2024-02-18"))).isTrue();
    }

    @Test
    void aRuleAnAdministratorAddsTakesEffectOnReload() {
        Instant dispatched = beijing("2025-03-03T10:00");
        assertThat(deadlines.due(DeadlineStep.ACCEPT, DeadlineClass.URGENT, dispatched).at())
                .isEqualTo(beijing("2025-03-03T12:00"));
        jdbc.sql("""
                INSERT INTO deadline_rule (step, deadline_class, amount, unit, effective_from)
                VALUES ('ACCEPT', 'URGENT', 30, 'MINUTES', DATE '2025-01-01')""").update();
        try {
            deadlines.reload();
            assertThat(deadlines.due(DeadlineStep.ACCEPT, DeadlineClass.URGENT, dispatched).at())
                    .isEqualTo(beijing("2025-03-03T10:30"));
            assertThat(deadlines.due(DeadlineStep.ACCEPT, DeadlineClass.URGENT, beijing("2024-12-31T10:00")).at())
                    .isEqualTo(beijing("2024-12-31T12:00"));
        } finally {
            jdbc.sql("DELETE FROM deadline_rule WHERE step = 'ACCEPT' AND deadline_class = 'URGENT'").update();
            deadlines.reload();
        }
    }
}
