package org.minhu.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One year of the State Council calendar: its holidays (days off by law, weekend days among
 * them) and its make-up workdays (调休, weekend days worked). Every date lies in {@code year}.
 */
record YearDays(int year, SortedSet<LocalDate> holidays, SortedSet<LocalDate> workdays) {

    YearDays {
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        workdays = Collections.unmodifiableSortedSet(new TreeSet<>(workdays));
        for (LocalDate day : holidays) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException("Holiday " + day + " is not in " + year);
            }
            if (workdays.contains(day)) {
                throw new IllegalArgumentException(day + " is listed both as holiday and as workday");
            }
        }
        for (LocalDate day : workdays) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException("Workday " + day + " is not in " + year);
            }
        }
    }

    static YearDays of(int year, Collection<LocalDate> holidays, Collection<LocalDate> workdays) {
        return new YearDays(year, new TreeSet<>(holidays), new TreeSet<>(workdays));
    }
}
