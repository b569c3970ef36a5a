package org.minhu.calendar;

import java.time.Duration;
import java.time.Instant;

/** How a deadline rule's amount is counted. */
public enum DeadlineUnit {
    /** Plain elapsed minutes, nights and holidays included. */
    MINUTES,
    /** Plain elapsed hours, nights and holidays included. */
    HOURS,
    /** Working days of the {@link WorkingCalendar}: 24 h of working time each. */
    WORKING_DAYS;

    Due addTo(Instant start, int amount, WorkingCalendar calendar) {
        return switch (this) {
            case MINUTES -> Due.official(start.plus(Duration.ofMinutes(amount)));
            case HOURS -> Due.official(start.plus(Duration.ofHours(amount)));
            case WORKING_DAYS -> calendar.afterWorkingDays(start, amount);
        };
    }
}
