package org.minhu.calendar;

import java.time.Instant;

/**
 * The deadline rules in force: each step's allowance (minutes, hours, or working days) per
 * deadline class, read from data with effective dates, so a ticket is always held to the rules
 * in force when its clock started.
 */
public interface Deadlines {

    /** When {@code step}, started at {@code start}, is due for an assignment of class {@code deadlineClass}. */
    Instant due(DeadlineStep step, DeadlineClass deadlineClass, Instant start);
}
