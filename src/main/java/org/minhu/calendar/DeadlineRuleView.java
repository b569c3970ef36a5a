package org.minhu.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline rule as the administration lists it: {@code deadlineClass} null for any class;
 * {@code inForce} for the version that applies today (to its step and class), {@code future} for
 * one that starts later (and may still be replaced).
 */
public record DeadlineRuleView(DeadlineStep step, DeadlineClass deadlineClass, int amount, DeadlineUnit unit,
                               LocalDate effectiveFrom, String note, Instant createdAt, boolean inForce, boolean future) {
}
