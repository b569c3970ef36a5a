/**
 * Calendar: working days after the State Council holiday calendar (with make-up workdays),
 * working-time arithmetic and the deadline rules, which are data with effective dates. The
 * calendar is the shipped {@code chinese-days} years plus the years administrators enter
 * ({@code /api/v1/calendar/years}); it warns (log, {@code calendar} health details) 60 days ahead
 * of its end.
 */
package org.minhu.calendar;
