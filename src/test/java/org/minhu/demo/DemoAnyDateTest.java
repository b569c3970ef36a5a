package org.minhu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minhu.calendar.Deadlines;
import org.minhu.calendar.WorkingCalendar;
import org.minhu.directory.Units;
import org.minhu.dispatch.Categories;
import org.minhu.support.ApiTestSupport;
import org.minhu.ticket.AssignmentStatus;
import org.minhu.ticket.TicketImport;
import org.minhu.ticket.TicketStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's months on dates past the shipped holiday calendar (2004–2026): the provisional years
 * carry it, so every state is there, and the deadlines reaching into them say they are provisional.
 */
// a context of its own, so that these months do not mix with other tests' tickets
@TestPropertySource(properties = "minhu.demo.tickets=8000")
class DemoAnyDateTest extends ApiTestSupport {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    Units units;
    @Autowired
    Categories categories;
    @Autowired
    Deadlines deadlines;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    TicketImport tickets;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "demo months up to {0}")
    @ValueSource(strings = {"2027-03-15T10:00", "2028-01-10T10:00"})
    void theDemoHasEveryStateOnAnyDateTheCalendarReaches(String localNow) {
        Instant now = LocalDateTime.parse(localNow).atZone(BEIJING).toInstant();
        clock.set(now);
        DemoPlanner planner = new DemoPlanner(new DemoCity(units.all()), DemoTexts.load(), categories.leaves(),
                deadlines, calendar, BEIJING, now, 8000, 3, 12345);

        TicketImport.Result result = tickets.importAll(planner.plan(), now);

        assertThat(result.tickets()).isEqualTo(8000);
        assertThat(result.byStatus().keySet()).isEqualTo(EnumSet.allOf(TicketStatus.class));
        assertThat(result.assignmentsByStatus().keySet()).isEqualTo(EnumSet.allOf(AssignmentStatus.class));
        // most of the last month's assignments have a completion deadline in the provisional years, and say so
        Instant monthStart = now.minus(31, ChronoUnit.DAYS);
        var lastMonth = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE 'COMPLETE' = ANY(provisional_deadlines) AND provisional_beyond = 2026)
                               AS provisional, count(*) AS all
                        FROM assignment WHERE dispatched_at BETWEEN :from AND :now""")
                .param("from", java.sql.Timestamp.from(monthStart)).param("now", java.sql.Timestamp.from(now))
                .query().singleRow();
        assertThat((Long) lastMonth.get("all")).isGreaterThan(1000);
        assertThat((Long) lastMonth.get("provisional")).isGreaterThan((Long) lastMonth.get("all") / 2);
    }
}
