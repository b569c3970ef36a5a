package org.minhu.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Working days in China: Monday to Friday, less public holidays, plus the make-up workdays
 * (调休) the State Council announces. Working time runs only on working days, whole days in
 * the {@code minhu.zone} time zone. A date in a year the calendar does not cover is an
 * explicit error ({@code CALENDAR_NOT_COVERED}), never a guess.
 *
 * <p>Working-time model: working time elapses only during working days, all 24 hours of them,
 * and stands still on every other day; N working days are N × 24 h of working time. So from a
 * working day at 10:00, one working day later is the next working day at 10:00; from a Saturday
 * (or a holiday) the clock starts when the next working day begins, so one working day later is
 * the end of that working day, i.e. 00:00 of the day after it.
 *
 * <p><b>Provisional years.</b> For the (at most two) years after the last one with official data,
 * bundled or entered by an administrator, the calendar is provisional: the statutory holidays of
 * 《全国年节及纪念日放假办法》 in force that year, weekends, and no make-up workdays. A due time
 * that counted any provisional day says so ({@link Due#provisional()}); it is recomputed when the
 * official year is entered.
 *
 * <p>Outside Spring, {@link WorkingCalendars} builds one from the shipped data or from explicit
 * holiday and workday sets.
 */
public interface WorkingCalendar {

    /**
     * Whether {@code day} is a working day.
     *
     * @throws org.minhu.platform.MinhuException {@code CALENDAR_NOT_COVERED} (422) for a day
     *         outside the covered years
     */
    boolean isWorkingDay(LocalDate day);

    /**
     * The instant when {@code days} whole working days of working time have run from {@code from}:
     * the earliest instant at which {@code days} × 24 h of working time have elapsed (a result
     * at 00:00 means "by the end of the day before"). Zero days is {@code from} itself.
     *
     * @throws org.minhu.platform.MinhuException {@code CALENDAR_NOT_COVERED} (422) when
     *         {@code from} or the result lies outside the covered years
     * @throws IllegalArgumentException when {@code days} is negative
     */
    default Instant plusWorkingDays(Instant from, int days) {
        return afterWorkingDays(from, days).at();
    }

    /**
     * As {@link #plusWorkingDays}, and whether a provisional day went into the result.
     *
     * @throws org.minhu.platform.MinhuException {@code CALENDAR_NOT_COVERED} (422) when
     *         {@code from} or the result lies outside the covered years
     * @throws IllegalArgumentException when {@code days} is negative
     */
    Due afterWorkingDays(Instant from, int days);

    /** The last year with official data; the (at most two) years after it are provisional. */
    int officialThrough();
}
