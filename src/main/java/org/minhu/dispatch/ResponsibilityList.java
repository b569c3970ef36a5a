package org.minhu.dispatch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /**
     * For a category with no row of its own (a second or first level, which the classifier proposes
     * where the history knows too few of its leaves): the row its leaves share on the day, when all
     * of them have one and they agree on the lead; the assists are those every leaf names.
     */
    Optional<ResponsibilityRule> sharedByLeaves(String category, List<String> leaves, LocalDate day) {
        List<ResponsibilityRule> rules = leaves.stream().map(leaf -> inForce(leaf, day)).flatMap(Optional::stream).toList();
        if (rules.isEmpty() || rules.size() < leaves.size()) {
            return Optional.empty();
        }
        ResponsibilityRule first = rules.getFirst();
        if (!rules.stream().allMatch(r -> r.lead() == first.lead() && Objects.equals(r.leadUnitCode(), first.leadUnitCode()))) {
            return Optional.empty();
        }
        List<String> assists = first.assistUnitCodes().stream()
                .filter(a -> rules.stream().allMatch(r -> r.assistUnitCodes().contains(a))).toList();
        boolean assistPlace = rules.stream().allMatch(ResponsibilityRule::assistPlace);
        return Optional.of(new ResponsibilityRule(category, first.effectiveFrom(), first.lead(), first.leadUnitCode(), assists,
                assistPlace, first.changedBy(), first.changedAt()));
    }

    /** Every category's row in force on the day, by category code. */
    List<ResponsibilityRule> inForce(LocalDate day) {
        return byCategory.keySet().stream().sorted().map(c -> inForce(c, day)).flatMap(Optional::stream).toList();
    }
}
