package org.minhu.review;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.minhu.assessment.MonthLists;
import org.minhu.assessment.UnitScore;
import org.minhu.directory.UnitKind;

/**
 * The meeting's proposed speakers: the lowest three streets and townships of the scope (the
 * district's own lowest three, or the city's governance list's first three places), and one
 * exemplary community: a full-mark one with the most callbacks behind its 100, else one with no
 * request this month nor last (两个月零诉求).
 */
final class Speakers {

    private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);

    private Speakers() {
    }

    static ReviewPack.Speakers of(MonthRows rows, MonthLists lists, String scope, Supplier<MonthLists> lastMonth) {
        var lowest = (scope == null ? lists.governance() : lists.governanceInDistricts()).stream()
                .filter(e -> e.place() != null && e.place() <= 3)
                .map(e -> new ReviewPack.Speaker(e.unitCode(), e.unitName(), UnitKind.valueOf(e.group()), "LOWEST",
                        e.compositeScore(), e.place(), 0)).toList();
        return new ReviewPack.Speakers(lowest, exemplary(rows, lists, lastMonth));
    }

    private static ReviewPack.Speaker exemplary(MonthRows rows, MonthLists lists, Supplier<MonthLists> lastMonth) {
        var full = rows.of(UnitKind.COMMUNITY).stream()
                .filter(c -> c.compositeScore() != null && c.compositeScore().compareTo(HUNDRED) == 0)
                .max(Comparator.comparingLong(UnitScore::callbacks).thenComparing(UnitScore::unitCode,
                        Comparator.reverseOrder()));
        if (full.isPresent()) {
            UnitScore c = full.get();
            return new ReviewPack.Speaker(c.unitCode(), c.unitName(), UnitKind.COMMUNITY, "FULL_MARKS",
                    c.compositeScore(), null, c.callbacks());
        }
        if (!lists.fullMarks().isEmpty()) { // a city's pack lists no community rows, only their lists
            var c = lists.fullMarks().getFirst();
            return new ReviewPack.Speaker(c.unitCode(), c.unitName(), UnitKind.COMMUNITY, "FULL_MARKS",
                    c.compositeScore(), null, 0);
        }
        if (lists.zeroRequests().isEmpty()) {
            return null;
        }
        var before = lastMonth.get().zeroRequests().stream().map(MonthLists.Entry::unitCode)
                .collect(java.util.stream.Collectors.toSet());
        return lists.zeroRequests().stream().filter(e -> before.contains(e.unitCode())).findFirst()
                .map(e -> new ReviewPack.Speaker(e.unitCode(), e.unitName(), UnitKind.COMMUNITY, "ZERO_REQUESTS",
                        e.compositeScore(), null, 0)).orElse(null);
    }
}
