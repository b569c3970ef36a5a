package org.minhu.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import org.minhu.platform.MinhuException;
import org.springframework.http.HttpStatus;

/**
 * The working calendar as plain data, usable without Spring.
 *
 * <p><b>Working days.</b> Monday to Friday are working days unless listed as holidays; Saturday
 * and Sunday are not, unless listed as make-up workdays (调休). Only the years
 * {@code firstYear..lastYear} are known; asking about any other date is a
 * {@code CALENDAR_NOT_COVERED} error (422), never a guess. The years after {@code officialThrough}
 * are provisional (statutory holidays only): a due time that counted any of their days says so.
 *
 * <p><b>Working time.</b> Working time elapses only on working days, and then all 24 hours of
 * them (local time in the configured zone); it stands still on every other day. N working days
 * are N × 24 h of working time. {@link #plusWorkingDays} returns the <em>earliest</em> instant at
 * which that much working time has run:
 * <ul>
 *   <li>from a working day at 10:00, +1 is the next working day at 10:00 (the holidays and
 *       weekends in between do not count);</li>
 *   <li>from a non-working day (say a Saturday), the clock starts when the next working day
 *       begins, so +1 is the end of that working day, i.e. 00:00 of the day after it;</li>
 *   <li>from a working day at exactly 00:00, +1 is likewise the end of that same day.</li>
 * </ul>
 * Hence a result at 00:00 always means "by the end of the previous (working) day".
 *
 * <p>Everything is precomputed per day index at construction, so both operations are O(1):
 * one zone conversion and a few array reads.
 */
final class HolidayCalendar implements WorkingCalendar {

    private final int firstYear;
    private final int lastYear;
    private final int officialThrough;
    private final ZoneId zone;
    private final long firstEpochDay;
    /** Is the day at this offset from {@code firstYear}-01-01 a working day. */
    private final boolean[] working;
    /** For each day offset: the index into {@link #workingDays} of the first working day on or after it. */
    private final int[] nextWorking;
    /** Day offsets of all working days, ascending. */
    private final int[] workingDays;

    /**
     * @param holidays    days off by law, including any that fall on a weekend
     * @param workdays    make-up workdays (调休) falling on a weekend
     * @param firstYear   first year the data covers
     * @param lastYear    last year the data covers
     * @param officialThrough the last year of official data; later ones are provisional
     * @param zone        the zone whose local dates the working days are
     */
    HolidayCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays, int firstYear, int lastYear, int officialThrough,
                    ZoneId zone) {
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("Covered years " + firstYear + "–" + lastYear + " are empty");
        }
        if (officialThrough < firstYear - 1 || officialThrough > lastYear) {
            throw new IllegalArgumentException("Official years end in " + officialThrough + ", outside " + firstYear + "–" + lastYear);
        }
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.officialThrough = officialThrough;
        this.zone = Objects.requireNonNull(zone, "zone");
        this.firstEpochDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
        int days = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - firstEpochDay + 1);

        working = new boolean[days];
        for (int i = 0; i < days; i++) {
            // epoch day 0 (1970-01-01) was a Thursday; ISO day-of-week 1 = Monday
            int dayOfWeek = (int) Math.floorMod(firstEpochDay + i + 3, 7L) + 1;
            working[i] = dayOfWeek <= 5;
        }
        for (LocalDate holiday : holidays) {
            if (workdays.contains(holiday)) {
                throw new IllegalArgumentException(holiday + " is listed both as holiday and as workday");
            }
            working[checkedOffset(holiday)] = false;
        }
        for (LocalDate workday : workdays) {
            working[checkedOffset(workday)] = true;
        }

        int count = 0;
        for (boolean w : working) {
            if (w) {
                count++;
            }
        }
        workingDays = new int[count];
        nextWorking = new int[days];
        int next = count;
        int k = count;
        for (int i = days - 1; i >= 0; i--) {
            if (working[i]) {
                workingDays[--k] = i;
                next = k;
            }
            nextWorking[i] = next;
        }
    }

    /** A calendar of whole official years, which must follow each other without a gap. */
    static HolidayCalendar of(SortedMap<Integer, YearDays> years, ZoneId zone) {
        return of(years, years.isEmpty() ? 0 : years.lastKey(), zone);
    }

    /** A calendar of whole years without a gap, provisional after {@code officialThrough}. */
    static HolidayCalendar of(SortedMap<Integer, YearDays> years, int officialThrough, ZoneId zone) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("No years to build a calendar of");
        }
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        int expected = years.firstKey();
        for (Map.Entry<Integer, YearDays> entry : years.entrySet()) {
            if (entry.getKey() != expected) {
                throw new IllegalArgumentException("The calendar years have a gap: nothing for " + expected);
            }
            if (entry.getValue().year() != expected) {
                throw new IllegalArgumentException("Year " + entry.getValue().year() + " filed under " + expected);
            }
            holidays.addAll(entry.getValue().holidays());
            workdays.addAll(entry.getValue().workdays());
            expected++;
        }
        return new HolidayCalendar(holidays, workdays, years.firstKey(), years.lastKey(), officialThrough, zone);
    }

    private int checkedOffset(LocalDate day) {
        if (day.getYear() < firstYear || day.getYear() > lastYear) {
            throw new IllegalArgumentException(day + " lies outside the covered years " + firstYear + "–" + lastYear);
        }
        return (int) (day.toEpochDay() - firstEpochDay);
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    @Override
    public int officialThrough() {
        return officialThrough;
    }

    ZoneId zone() {
        return zone;
    }

    /** The last day the calendar covers. */
    LocalDate lastCoveredDay() {
        return LocalDate.of(lastYear, 12, 31);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return working[offset(day)];
    }

    @Override
    public Due afterWorkingDays(Instant from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDateTime local = LocalDateTime.ofInstant(from, zone);
        int offset = offset(local.toLocalDate());
        if (days == 0) {
            return Due.official(from);
        }
        int first = nextWorking[offset];
        LocalTime time = working[offset] ? local.toLocalTime() : LocalTime.MIDNIGHT;
        if (time.equals(LocalTime.MIDNIGHT)) {
            // the clock starts with a whole working day: done at the end of the days-th one
            LocalDate last = workingDay(first + days - 1);
            return due(last.plusDays(1).atStartOfDay(zone).toInstant(), last);
        }
        LocalDate last = workingDay(first + days);
        return due(ZonedDateTime.of(last, time, zone).toInstant(), last);
    }

    /** Provisional when the last day counted (and so any) lies in a provisional year. */
    private Due due(Instant at, LocalDate lastDayCounted) {
        return new Due(at, lastDayCounted.getYear() > officialThrough ? officialThrough : null);
    }

    private LocalDate workingDay(int index) {
        if (index >= workingDays.length) {
            throw notCovered(lastYear + 1, "Working days beyond " + lastYear + " are not in the holiday calendar");
        }
        return LocalDate.ofEpochDay(firstEpochDay + workingDays[index]);
    }

    private int offset(LocalDate day) {
        int year = day.getYear();
        if (year < firstYear || year > lastYear) {
            throw notCovered(year, "The holiday calendar does not cover " + year);
        }
        return (int) (day.toEpochDay() - firstEpochDay);
    }

    private MinhuException notCovered(int year, String message) {
        String provisional = officialThrough < lastYear
                ? "; " + (officialThrough + 1) + "–" + lastYear + " provisionally, from the statutory holidays" : "";
        return new MinhuException(HttpStatus.UNPROCESSABLE_CONTENT, "CALENDAR_NOT_COVERED",
                message + " (covered: " + firstYear + "–" + lastYear + provisional
                        + "; enter the State Council's holidays of " + (officialThrough + 1) + " to reach further)",
                Map.of("year", year, "coveredFrom", firstYear, "coveredTo", lastYear, "enterYear", officialThrough + 1));
    }

    @Override
    public String toString() {
        return "HolidayCalendar[" + firstYear + "–" + lastYear + ", official through " + officialThrough + ", " + zone + ", "
                + workingDays.length + " working days of " + working.length + "]";
    }
}
