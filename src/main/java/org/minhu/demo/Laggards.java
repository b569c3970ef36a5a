package org.minhu.demo;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;

/**
 * The units that do badly: slow, and their citizens less often helped and satisfied, so that the
 * scores and the monthly review have someone to single out. Some lag every month, some only
 * lately (the heating company since the heating season began), some no longer, so that ranks move
 * from month to month.
 */
final class Laggards {

    /** Lagging in a month, by how many months before the present's it is (0: the current month). */
    private static final Map<String, IntPredicate> WHEN = Map.of(
            "天通苑北街道", ago -> true, "十八里店地区", ago -> true,
            "瀛海地区", ago -> ago <= 1, "北京热力集团", ago -> ago <= 1,
            // their citizens are called back on last month's work: it takes a month to show a change
            "长阳镇", ago -> ago >= 3, "马驹桥镇", ago -> ago >= 3);
    /** The ones that lag in every month. */
    static final List<String> ALWAYS = List.of("天通苑北街道", "十八里店地区");

    private final Map<String, IntPredicate> byCode = new HashMap<>();
    private final DemoCity city;
    private final YearMonth present;
    private final ZoneId zone;

    Laggards(DemoCity city, Instant now, ZoneId zone) {
        this.city = city;
        this.present = YearMonth.from(now.atZone(zone));
        this.zone = zone;
        for (Unit u : city.byCode.values()) {
            // the unit itself, never a community that happens to bear its name
            if (WHEN.containsKey(u.name()) && u.kind() != UnitKind.COMMUNITY) {
                byCode.put(u.code(), WHEN.get(u.name()));
            }
        }
    }

    /** Whether the unit lags in the month of {@code at}. */
    boolean contains(String unitCode, Instant at) {
        IntPredicate when = byCode.get(unitCode);
        return when != null && when.test((int) YearMonth.from(at.atZone(zone)).until(present, ChronoUnit.MONTHS));
    }

    /** Whether the unit lags in any month: such streets are busier (a busy street falls behind more easily). */
    boolean ever(String unitCode) {
        return byCode.containsKey(unitCode);
    }

    /** Who lags in which month, for the log: {@code 2026-09 [长阳镇, …]}. */
    List<String> byMonth(int months) {
        List<String> lines = new ArrayList<>();
        for (int ago = months; ago >= 0; ago--) {
            Instant inMonth = present.minusMonths(ago).atDay(15).atStartOfDay(zone).toInstant();
            List<String> names = byCode.keySet().stream().filter(c -> contains(c, inMonth))
                    .map(c -> city.unit(c).name()).sorted().toList();
            lines.add(present.minusMonths(ago) + " " + names);
        }
        return lines;
    }
}
