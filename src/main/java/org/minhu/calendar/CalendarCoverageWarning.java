package org.minhu.calendar;

import org.minhu.platform.MinhuSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns ahead of the end of the official holiday calendar: when its last official day is fewer
 * than {@code minhu.calendar.warn-days} (default 60) days away, or past, a WARN names the year to
 * enter and says that deadlines reaching past it are provisional. Checked at start-up and, through
 * {@link CalendarCoverageSchedule}, every day.
 */
@Component
class CalendarCoverageWarning {

    private static final Logger log = LoggerFactory.getLogger(CalendarCoverageWarning.class);

    private final StateCouncilCalendar calendar;
    private final int warnDays;

    CalendarCoverageWarning(StateCouncilCalendar calendar, MinhuSettings settings) {
        this.calendar = calendar;
        this.warnDays = settings.calendar().warnDays();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        try {
            StateCouncilCalendar.Coverage coverage = calendar.coverage();
            if (!check()) {
                log.info("Holiday calendar is official up to {} ({} days from now), provisional up to {}",
                        coverage.lastOfficialDay(), coverage.daysLeft(), coverage.lastCoveredDay());
            }
        } catch (RuntimeException e) {
            log.warn("Cannot check how far the holiday calendar reaches", e);
        }
    }

    /** Logs the warning when it is due; says whether it was. */
    boolean check() {
        StateCouncilCalendar.Coverage coverage = calendar.coverage();
        String warning = warning(coverage, warnDays);
        if (warning != null) {
            log.warn(warning);
        }
        return warning != null;
    }

    int warnDays() {
        return warnDays;
    }

    /** The warning for this coverage, or null when the calendar reaches far enough. */
    static String warning(StateCouncilCalendar.Coverage coverage, int warnDays) {
        if (coverage.daysLeft() >= warnDays) {
            return null;
        }
        String when = coverage.daysLeft() >= 0 ? "in " + coverage.daysLeft() + " days"
                : (-coverage.daysLeft()) + " days ago";
        int next = coverage.nextYear();
        return "The official holiday calendar ends on " + coverage.lastOfficialDay() + " (" + when + "): enter " + next
                + " with PUT /api/v1/calendar/years/" + next + " as soon as the State Council has published its holidays."
                + " Until then deadlines reaching into " + coverage.provisionalYears()
                + " are provisional (statutory holidays only, no 调休) and are recomputed when the year is entered;"
                + " deadlines after " + coverage.lastCoveredDay() + " fail with CALENDAR_NOT_COVERED";
    }
}
