package org.minhu.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of {@code deadline_rule}: from {@code effectiveFrom} on, {@code step} is due
 * {@code amount} {@code unit}s after its clock starts, for assignments of
 * {@code deadlineClass}, or of any class when that is {@code null}.
 */
record DeadlineRule(DeadlineStep step, DeadlineClass deadlineClass, int amount, DeadlineUnit unit,
                    LocalDate effectiveFrom) {

    DeadlineRule {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (amount <= 0) {
            throw new IllegalArgumentException("A deadline rule needs a positive amount: " + amount);
        }
    }

    boolean anyClass() {
        return deadlineClass == null;
    }
}
