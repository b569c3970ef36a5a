package org.minhu.web;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.minhu.assessment.Assessments;
import org.minhu.directory.Actor;
import org.minhu.directory.NewUser;
import org.minhu.directory.Role;
import org.minhu.directory.Units;
import org.minhu.directory.Users;
import org.minhu.support.TestClock;
import org.minhu.support.TestClockConfiguration;
import org.minhu.ticket.Tickets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's tests: the application on a port of its own (its own embedded PostgreSQL), a
 * clock they move, users of every role, and April and May 2024 lived and published
 * ({@link DashboardMonths}); the clock then stands in June 2024.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
abstract class DashboardTestSupport {

    static final String PASSWORD = "dashboard-password";
    static final String CHAOYANG = "110105000000";
    static final String HAIDIAN = "110108000000";
    static final YearMonth MAY = YearMonth.of(2024, 5);
    static final Instant JUNE = Instant.parse("2024-06-11T02:00:00Z");
    private static final Actor ADMIN = new Actor("dash-adm", Role.ADMIN, null, null);

    @Autowired
    TestClock clock;
    @Autowired
    Users users;
    @Autowired
    Units units;
    @Autowired
    Tickets tickets;
    @Autowired
    Assessments assessments;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void twoPublishedMonths() {
        user("dash-op", Role.OPERATOR, null);
        user("dash-adm", Role.ADMIN, null);
        user("dash-sup-city", Role.SUPERVISOR, null);
        user("dash-sup-chaoyang", Role.SUPERVISOR, CHAOYANG);
        user("dash-jianwai", Role.HANDLER, "110105001000");
        if (assessments.runs(MAY).isEmpty()) {
            // three callbacks are enough to be ranked from April 2024 in this test database
            jdbc.sql("INSERT INTO assessment_setting VALUES (DATE '2024-04-01', 0, 0, 2, 10) ON CONFLICT DO NOTHING").update();
            var months = new DashboardMonths(tickets, units, clock);
            clock.set(Instant.parse("2024-04-08T02:00:00Z"));
            months.live(0);
            clock.set(Instant.parse("2024-05-13T02:00:00Z"));
            months.live(2);
            clock.set(JUNE);
            assessments.run(MAY.minusMonths(1), null, ADMIN);
            assessments.run(MAY, null, ADMIN);
        }
        clock.set(JUNE);
    }

    private void user(String name, Role role, String unit) {
        users.createIfAbsent(new NewUser(name, PASSWORD, role, unit, name));
    }
}
