package org.minhu.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;

/**
 * The units that do badly this month: slow, and their citizens less often helped and satisfied,
 * so that the scores and the monthly review have someone to single out.
 */
final class Laggards {

    static final List<String> NAMES = List.of("天通苑北街道", "十八里店地区", "瀛海地区", "长阳镇", "北京热力集团");

    private final DemoCity city;
    private final Set<String> codes = new HashSet<>();

    Laggards(DemoCity city) {
        this.city = city;
        for (Unit u : city.byCode.values()) {
            // the unit itself, never a community that happens to bear its name
            if (NAMES.contains(u.name()) && u.kind() != UnitKind.COMMUNITY) {
                codes.add(u.code());
            }
        }
    }

    boolean contains(String unitCode) {
        return codes.contains(unitCode);
    }

    /** Their names as the directory has them, sorted, for the log. */
    List<String> names() {
        return codes.stream().map(c -> city.unit(c).name()).sorted().toList();
    }
}
