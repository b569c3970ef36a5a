package org.minhu.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Working calendars without Spring, for tests and tools of any module. In the application,
 * inject {@link WorkingCalendar} instead: it is the same calendar, in the zone
 * {@code minhu.zone}.
 */
public final class WorkingCalendars {

    private WorkingCalendars() {
    }

    /**
     * The calendar in force with no year entered by an administrator: the State Council calendar
     * shipped with Minhu (from {@code chinese-days}, 2004–2026), then two provisional years.
     */
    public static WorkingCalendar bundled(ZoneId zone) {
        return CalendarYears.withProvisional(CalendarYears.merge(ChineseDays.bundledYears(), java.util.List.of()),
                StatutoryHolidays.bundled()).calendar(zone);
    }

    /**
     * A calendar from explicit data: Monday to Friday work unless in {@code holidays}, weekends
     * rest unless in {@code workdays}; dates outside {@code firstYear..lastYear} are
     * {@code CALENDAR_NOT_COVERED}.
     */
    public static WorkingCalendar of(Set<LocalDate> holidays, Set<LocalDate> workdays,
                                     int firstYear, int lastYear, ZoneId zone) {
        return new HolidayCalendar(holidays, workdays, firstYear, lastYear, lastYear, zone);
    }
}
