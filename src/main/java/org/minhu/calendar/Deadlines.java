package org.minhu.calendar;

import java.time.Instant;

/**
 * The deadline rules in force: each step's allowance (minutes, hours, or working days) per
 * deadline class, read from data with effective dates, so a ticket is always held to the rules
 * in force when its clock started.
 *
 * <p>The rule for a step and class is the one with the latest effective date on or before the
 * local date the clock starts (a rule for the class beats an any-class rule of the same date).
 * Minutes and hours are plain elapsed time; working days follow {@link WorkingCalendar}. No rule
 * in force is the error {@code DEADLINE_RULE_MISSING} (422).
 */
public interface Deadlines {

    /**
     * When {@code step}, started at {@code start}, is due for an assignment of class
     * {@code deadlineClass}, and whether a provisional calendar day went into it.
     */
    Due due(DeadlineStep step, DeadlineClass deadlineClass, Instant start);

    /**
     * Reads the rules again at once where they are cached, so a rule just added takes effect
     * now rather than within the cache's time to live (one minute by default). Does nothing
     * where nothing is cached.
     */
    default void reload() {
    }
}
