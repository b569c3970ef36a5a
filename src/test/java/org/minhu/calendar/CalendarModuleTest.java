package org.minhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The calendar module boots on the platform alone and answers working days from its own data. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class CalendarModuleTest {

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    ApplicationContext context;

    @Test
    void theCalendarWorksWithoutTheOtherModules() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse(); // 国庆节
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 12))).isTrue();
        assertThat(context.getBeanNamesForType(org.minhu.ticket.Tickets.class)).isEmpty();
    }
}
