package org.minhu.demo;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The month being planned, as every ticket's plan sees it: the present it is cut at, the one
 * source of chance, the calendar, who acts, which units, how fast and how well they work.
 */
record DemoMonth(Instant now, ZoneId zone, Dice dice, DemoCalendar calendar, Staff staff, UnitChoice units,
                 Laggards laggards, Pace pace, WorkTimes times, CallbackMix callbacks) {
}
