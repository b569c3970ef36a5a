package org.minhu.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;

/** The city as the demo needs it: districts, their streets and townships, communities, departments, utilities. */
final class DemoCity {

    static final String CENTRE = "110000000000";

    final List<Unit> districts = new ArrayList<>();
    final Map<String, List<Unit>> streetsByDistrict = new HashMap<>();
    /** Each street's communities and villages, by the street's code. */
    final Map<String, List<Unit>> communities = new HashMap<>();
    final List<Unit> streets = new ArrayList<>();
    final List<Unit> departments = new ArrayList<>();
    final List<Unit> enterprises = new ArrayList<>();
    final Map<String, Unit> byCode = new HashMap<>();

    DemoCity(List<Unit> units) {
        for (Unit u : units) {
            byCode.put(u.code(), u);
            switch (u.kind()) {
                case DISTRICT -> districts.add(u);
                case SUBDISTRICT, TOWNSHIP -> {
                    streets.add(u);
                    streetsByDistrict.computeIfAbsent(u.districtCode(), k -> new ArrayList<>()).add(u);
                }
                case COMMUNITY -> {
                    if (!u.name().contains("虚拟")) { // the NBS's placeholder communities of development zones
                        communities.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
                    }
                }
                case DEPARTMENT -> departments.add(u);
                case ENTERPRISE -> enterprises.add(u);
                case CENTER -> { }
            }
        }
        districts.sort(Comparator.comparing(Unit::code));
        streets.sort(Comparator.comparing(Unit::code));
        streetsByDistrict.values().forEach(l -> l.sort(Comparator.comparing(Unit::code)));
        communities.values().forEach(l -> l.sort(Comparator.comparing(Unit::code)));
        departments.sort(Comparator.comparing(Unit::code));
        enterprises.sort(Comparator.comparing(Unit::code));
        districts.removeIf(d -> !streetsByDistrict.containsKey(d.code()));
        if (districts.isEmpty() || !byCode.containsKey(CENTRE)) {
            throw new IllegalStateException("The directory has no districts with streets, or no 12345 centre: nothing to demo");
        }
    }

    Unit unit(String code) {
        return byCode.get(code);
    }

    Unit districtOf(Unit unit) {
        return unit.districtCode() == null ? null : byCode.get(unit.districtCode());
    }

    /** The street's communities, sorted by code; none for a street the directory lists none of. */
    List<Unit> communities(Unit street) {
        return communities.getOrDefault(street.code(), List.of());
    }

    static boolean streetLevel(Unit u) {
        return u.kind() == UnitKind.SUBDISTRICT || u.kind() == UnitKind.TOWNSHIP;
    }

    /** 永安里社区居委会 → 永安里社区, 东坝村委会 → 东坝村, 天通东苑第二北社区居民委员会 → 天通东苑第二北社区. */
    static String place(String name) {
        for (String suffix : List.of("居民委员会", "村民委员会", "居委会", "委员会", "委会")) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                String place = name.substring(0, name.length() - suffix.length());
                if (suffix.startsWith("村") && !place.endsWith("村")) {
                    return place + "村";
                }
                return place.endsWith("村村") ? place.substring(0, place.length() - 1) : place; // 刘一村村委会
            }
        }
        return name;
    }

    /** 建外街道 → 建外, 十八里店地区 → 十八里店, 长阳镇 → 长阳. */
    static String shortName(String name) {
        for (String suffix : List.of("街道办事处", "街道", "地区办事处", "地区", "镇", "乡")) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
