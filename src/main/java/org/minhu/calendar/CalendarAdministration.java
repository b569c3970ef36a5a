package org.minhu.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.minhu.platform.MinhuException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Lists the covered years and lets an administrator enter one (the State Council publishes next
 * year's arrangement around November). Refusals are {@code INVALID_CALENDAR} (400).
 */
@Component
public class CalendarAdministration {

    private static final Logger log = LoggerFactory.getLogger(CalendarAdministration.class);

    private final StateCouncilCalendar calendar;
    private final JdbcCalendarYears store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CalendarAdministration(StateCouncilCalendar calendar, JdbcCalendarYears store, Clock clock,
                           ApplicationEventPublisher events) {
        this.calendar = calendar;
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    /** The covered years, first to last. */
    public CalendarViews.Years list() {
        CalendarYears.State state = calendar.years().current();
        StateCouncilCalendar.Coverage coverage = calendar.coverage();
        return new CalendarViews.Years(state.years().firstKey(), state.years().lastKey(), coverage.lastCoveredDay(),
                state.coverage().officialThrough(), coverage.lastOfficialDay(), coverage.daysLeft(),
                coverage.provisionalYears(), state.years().values().stream().map(CalendarViews.YearSummary::of).toList());
    }

    /** One year's dates; 404 for a year not covered. */
    public CalendarViews.Year get(int year) {
        CalendarYears.Covered covered = calendar.years().current().years().get(year);
        if (covered == null) {
            throw MinhuException.notFound("CALENDAR_YEAR", year);
        }
        return CalendarViews.Year.of(covered);
    }

    /** Enters (or replaces) a year's official holidays and make-up workdays; the caller checks it is an administrator. */
    public CalendarViews.Year put(int year, CalendarViews.Entry entry, String enteredBy) {
        YearDays days = validated(year, entry);
        checkStatutory(days, StatutoryHolidays.bundled());
        String note = entry.note() == null || entry.note().isBlank() ? null : entry.note().strip();
        SortedMap<Integer, YearDays> bundled = calendar.years().bundled();
        String[] replaces = {""};
        int revision = store.save(days, note, enteredBy, clock.instant(), administered -> {
            SortedMap<Integer, CalendarYears.Covered> covered = CalendarYears.merge(bundled, administered);
            checkNoGap(year, covered.firstKey(), covered.lastKey());
            CalendarYears.Covered before = covered.get(year);
            if (before != null) {
                replaces[0] = before.entry() == null ? "; replaces the bundled year"
                        : "; replaces revision " + before.entry().revision() + " entered by "
                                + before.entry().enteredBy() + " at " + before.entry().enteredAt();
            }
        });
        CalendarYears.State now = calendar.years().refresh();
        events.publishEvent(new CalendarYearEntered(year, revision, now.coverage().officialThrough()));
        log.info("Calendar year {} entered by {} (revision {}, {} holidays, {} make-up workdays){}", year, enteredBy,
                revision, days.holidays().size(), days.workdays().size(), replaces[0]);
        return get(year);
    }

    /**
     * A year may replace an official one or extend the official years by one (replacing a
     * provisional year); nothing that opens a gap.
     */
    static void checkNoGap(int year, int firstCovered, int lastCovered) {
        if (year < firstCovered || year > lastCovered + 1) {
            throw MinhuException.invalid("INVALID_CALENDAR", "year-out-of-range", "The official calendar covers " + firstCovered
                    + "–" + lastCovered + ": enter one of its years again or the next one, " + (lastCovered + 1) + ", not " + year,
                    Map.of("coveredFrom", firstCovered, "coveredTo", lastCovered, "nextYear", lastCovered + 1, "year", year));
        }
    }

    /**
     * No State Council notice takes a day off by law away: each of them must stay a day off (listed
     * as a holiday, or a weekend day not made a workday), so that a slip cannot wipe out Spring
     * Festival or overwrite a year with one holiday.
     */
    static void checkStatutory(YearDays days, StatutoryHolidays law) {
        List<String> worked = new ArrayList<>();
        law.festivals(days.year()).forEach((day, festival) -> {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean off = days.holidays().contains(day) || (weekend && !days.workdays().contains(day));
            if (!off) {
                worked.add(day + " (" + festival + ")");
            }
        });
        if (!worked.isEmpty()) {
            throw MinhuException.invalid("INVALID_CALENDAR", "statutory-day-worked", "Days off by 《全国年节及纪念日放假办法》 would"
                    + " be working days: " + String.join(", ", worked) + "; list each as a holiday",
                    Map.of("days", String.join("、", worked)));
        }
    }

    /** The entry's dates, checked against the rules of a State Council year. */
    static YearDays validated(int year, CalendarViews.Entry entry) {
        if (entry.holidays() == null || entry.holidays().isEmpty()) {
            throw MinhuException.invalid("INVALID_CALENDAR", "no-holidays", "A year needs its holidays (at least New Year's Day)",
                    Map.of());
        }
        List<LocalDate> holidays = dates(year, "holiday", entry.holidays());
        List<LocalDate> workdays = dates(year, "make-up workday", entry.workdays() == null ? List.of() : entry.workdays());
        Set<LocalDate> holidaySet = new HashSet<>(holidays);
        for (LocalDate workday : workdays) {
            if (holidaySet.contains(workday)) {
                throw MinhuException.invalid("INVALID_CALENDAR", "holiday-and-workday",
                        workday + " is listed both as holiday and as make-up workday", Map.of("day", workday.toString()));
            }
            if (workday.getDayOfWeek() != DayOfWeek.SATURDAY && workday.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw MinhuException.invalid("INVALID_CALENDAR", "workday-not-weekend", "Make-up workday " + workday + " is a "
                        + workday.getDayOfWeek() + ": a make-up workday (调休) is a Saturday or Sunday",
                        Map.of("day", workday.toString()));
            }
        }
        return YearDays.of(year, holidays, workdays);
    }

    private static List<LocalDate> dates(int year, String what, List<String> texts) {
        List<LocalDate> days = new ArrayList<>();
        for (String text : texts) {
            LocalDate day;
            try {
                day = LocalDate.parse(text == null ? "" : text);
            } catch (DateTimeParseException e) {
                throw MinhuException.invalid("INVALID_CALENDAR", "not-a-date", "Not a date (yyyy-MM-dd): " + abbreviated(text),
                        Map.of("text", abbreviated(text)));
            }
            if (day.getYear() != year) {
                throw MinhuException.invalid("INVALID_CALENDAR", "wrong-year", "The " + what + " " + day + " is not in " + year,
                        Map.of("day", day.toString(), "year", year));
            }
            days.add(day);
        }
        return days;
    }

    private static String abbreviated(String text) {
        if (text == null) {
            return "null";
        }
        return "\"" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "\"";
    }
}
