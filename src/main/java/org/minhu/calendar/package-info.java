/**
 * Calendar: working days after the State Council holiday calendar (with make-up workdays),
 * working-time arithmetic and the deadline rules, which are data with effective dates. The
 * calendar is the shipped {@code chinese-days} years plus the years administrators enter
 * ({@code /api/v1/calendar/years}), then two provisional years computed from the statutory
 * holidays, whose due times are flagged ({@link org.minhu.calendar.Due}) and recomputed once the
 * official year is entered ({@link org.minhu.calendar.CalendarYearEntered}); it warns (log,
 * {@code calendar} health details) 60 days ahead of the official calendar's end.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package org.minhu.calendar;
