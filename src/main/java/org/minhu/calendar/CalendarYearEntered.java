package org.minhu.calendar;

/**
 * An administrator entered (or replaced) a year of the working calendar, and this node's calendar
 * already uses it. Published after the entry is stored; deadlines computed provisionally may now
 * be recomputed from official data.
 *
 * @param year            the year entered
 * @param revision        its revision (1 for the first entry of the year)
 * @param officialThrough the last official year now
 */
public record CalendarYearEntered(int year, int revision, int officialThrough) {
}
