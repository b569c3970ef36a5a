package org.minhu.dispatch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The responsibility list as dated data: for a category and a day, the row latest on or before
 * the day. Plain data, no Spring.
 */
final class ResponsibilityList {

    private final Map<String, List<ResponsibilityRule>> byCategory = new HashMap<>();

    ResponsibilityList(Collection<ResponsibilityRule> rules) {
        for (ResponsibilityRule rule : rules) {
            byCategory.computeIfAbsent(rule.categoryCode(), c -> new ArrayList<>()).add(rule);
        }
        byCategory.values().forEach(list -> list.sort(Comparator.comparing(ResponsibilityRule::effectiveFrom).reversed()));
    }

    Optional<ResponsibilityRule> inForce(String category, LocalDate day) {
        return byCategory.getOrDefault(category, List.of()).stream().filter(r -> !r.effectiveFrom().isAfter(day))
                .findFirst();
    }

    /** Every category's row in force on the day, by category code. */
    List<ResponsibilityRule> inForce(LocalDate day) {
        return byCategory.keySet().stream().sorted().map(c -> inForce(c, day)).flatMap(Optional::stream).toList();
    }
}
