package org.minhu.demo;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The demo's months as every ticket's plan sees them: the present they are cut at, the one source
 * of chance, the calendar, who acts, which units, how fast and how well they work.
 */
record DemoMonth(Instant now, ZoneId zone, Dice dice, DemoCalendar calendar, Staff staff, UnitChoice units,
                 Laggards laggards, Pace pace, WorkTimes times, CallbackMix callbacks) {
}
