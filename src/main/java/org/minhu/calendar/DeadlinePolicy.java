package org.minhu.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.minhu.platform.MinhuException;
import org.springframework.http.HttpStatus;

/**
 * A set of deadline rules and how to apply them; plain data, usable without Spring.
 *
 * <p>For a step, a deadline class and the instant the clock starts, the rule in force is the one
 * with the latest {@code effectiveFrom} on or before the start's local date (in the calendar's
 * zone), among the rules for that class and the rules for any class; when a class-specific rule
 * and an any-class rule take effect on the same day, the class-specific one wins. So a newer
 * any-class rule overrides older class-specific ones, and a newer class-specific rule refines it
 * again. No rule in force is a {@code DEADLINE_RULE_MISSING} error (422): a configuration gap,
 * never a silent default.
 *
 * <p>{@link DeadlineUnit#MINUTES MINUTES} and {@link DeadlineUnit#HOURS HOURS} are plain elapsed
 * time; {@link DeadlineUnit#WORKING_DAYS WORKING_DAYS} go through the {@link WorkingCalendar}.
 */
final class DeadlinePolicy {

    private final WorkingCalendar calendar;
    private final ZoneId zone;
    /** Per step: index 0 the any-class rules, 1 + ordinal the class's; each newest first. */
    private final Map<DeadlineStep, DeadlineRule[][]> rules = new EnumMap<>(DeadlineStep.class);

    DeadlinePolicy(Collection<DeadlineRule> rules, WorkingCalendar calendar, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
        record Key(DeadlineStep step, DeadlineClass deadlineClass, LocalDate effectiveFrom) {
        }
        Set<Key> keys = new HashSet<>();
        Map<DeadlineStep, List<List<DeadlineRule>>> grouped = new EnumMap<>(DeadlineStep.class);
        for (DeadlineRule rule : rules) {
            Key key = new Key(rule.step(), rule.deadlineClass(), rule.effectiveFrom());
            if (!keys.add(key)) {
                throw new IllegalArgumentException("Two deadline rules for " + key);
            }
            grouped.computeIfAbsent(rule.step(), s -> {
                List<List<DeadlineRule>> slots = new ArrayList<>();
                for (int i = 0; i <= DeadlineClass.values().length; i++) {
                    slots.add(new ArrayList<>());
                }
                return slots;
            }).get(slot(rule.deadlineClass())).add(rule);
        }
        grouped.forEach((step, slots) -> this.rules.put(step, slots.stream()
                .map(list -> list.stream()
                        .sorted(Comparator.comparing(DeadlineRule::effectiveFrom).reversed())
                        .toArray(DeadlineRule[]::new))
                .toArray(DeadlineRule[][]::new)));
    }

    private static int slot(DeadlineClass deadlineClass) {
        return deadlineClass == null ? 0 : 1 + deadlineClass.ordinal();
    }

    /** When {@code step}, started at {@code start}, is due for an assignment of {@code deadlineClass}. */
    Due due(DeadlineStep step, DeadlineClass deadlineClass, Instant start) {
        DeadlineRule rule = ruleFor(step, deadlineClass, LocalDate.ofInstant(start, zone));
        return rule.unit().addTo(start, rule.amount(), calendar);
    }

    /** The rule in force on {@code day} for {@code step} and {@code deadlineClass}. */
    DeadlineRule ruleFor(DeadlineStep step, DeadlineClass deadlineClass, LocalDate day) {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(deadlineClass, "deadlineClass");
        DeadlineRule[][] slots = rules.get(step);
        DeadlineRule specific = slots == null ? null : latest(slots[slot(deadlineClass)], day);
        DeadlineRule any = slots == null ? null : latest(slots[0], day);
        if (specific != null && (any == null || !specific.effectiveFrom().isBefore(any.effectiveFrom()))) {
            return specific;
        }
        if (any != null) {
            return any;
        }
        throw new MinhuException(HttpStatus.UNPROCESSABLE_CONTENT, "DEADLINE_RULE_MISSING",
                "No deadline rule for " + step + " of class " + deadlineClass + " is in force on " + day,
                Map.of("step", step.name(), "deadlineClass", deadlineClass.name(), "day", day.toString()));
    }

    private static DeadlineRule latest(DeadlineRule[] newestFirst, LocalDate day) {
        for (DeadlineRule rule : newestFirst) {
            if (!rule.effectiveFrom().isAfter(day)) {
                return rule;
            }
        }
        return null;
    }

    int size() {
        return rules.values().stream().mapToInt(slots -> {
            int n = 0;
            for (DeadlineRule[] slot : slots) {
                n += slot.length;
            }
            return n;
        }).sum();
    }
}
