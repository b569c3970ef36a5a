package org.minhu.demo;

import java.time.Instant;
import java.time.LocalDate;
import org.minhu.calendar.DeadlineClass;
import org.minhu.calendar.DeadlineStep;
import org.minhu.calendar.Deadlines;
import org.minhu.calendar.WorkingCalendar;
import org.minhu.platform.MinhuException;

/**
 * The real deadline rules and working-day calendar, as far as they reach: the published years,
 * then two provisional ones. Past that the demo answers null and leaves the ticket where it stands
 * rather than guess, as the product itself refuses to.
 */
final class DemoCalendar {

    private final Deadlines deadlines;
    private final WorkingCalendar calendar;

    DemoCalendar(Deadlines deadlines, WorkingCalendar calendar) {
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    /** The deadline of a step, or null where the calendar ends. */
    Instant due(DeadlineStep step, DeadlineClass deadlineClass, Instant start) {
        try {
            return deadlines.due(step, deadlineClass, start).at();
        } catch (MinhuException notCovered) {
            return null;
        }
    }

    /** So many working days later, or null where the calendar ends. */
    Instant plusWorkingDays(Instant from, int workingDays) {
        try {
            return calendar.plusWorkingDays(from, workingDays);
        } catch (MinhuException notCovered) {
            return null;
        }
    }

    /** Whether people are at work that day; outside the calendar, Monday to Friday is near enough for arrivals. */
    boolean isWorkingDay(LocalDate day) {
        try {
            return calendar.isWorkingDay(day);
        } catch (RuntimeException notCovered) {
            return day.getDayOfWeek().getValue() <= 5;
        }
    }
}
