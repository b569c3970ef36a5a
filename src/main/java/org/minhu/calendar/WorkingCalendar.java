package org.minhu.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Working days in China: Monday to Friday, less public holidays, plus the make-up workdays
 * (调休) the State Council announces. Working time runs only on working days, whole days in
 * the {@code minhu.zone} time zone. A date in a year the calendar does not cover is an
 * explicit error ({@code CALENDAR_NOT_COVERED}), never a guess.
 */
public interface WorkingCalendar {

    boolean isWorkingDay(LocalDate day);

    /** The instant when {@code days} whole working days of working time have run from {@code from}. */
    Instant plusWorkingDays(Instant from, int days);
}
