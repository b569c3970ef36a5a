package org.minhu.dispatch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.minhu.directory.Unit;

/**
 * The ways an address writes a place: its name, its aliases (a renamed unit's former name, the
 * 乡 of a 地区), and the short forms people use — a district without 区 (海淀), a street without
 * 街道 or 地区/镇/乡 (建外, 将台), a community as 社区 or 村 without its committee (永安里社区,
 * 西营村). A short form must keep two characters. No Spring.
 */
final class PlaceNameForms {

    private static final List<String> STREET_SUFFIXES = List.of("街道", "地区", "镇", "乡");
    private static final List<String> COMMITTEES = List.of("社区居民委员会", "社区居委会", "居民委员会", "居委会",
            "村民委员会", "村委会", "委员会");

    private PlaceNameForms() {
    }

    static Set<String> of(Unit unit, List<String> aliases) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(unit.name());
        forms.addAll(aliases);
        for (String name : List.copyOf(forms)) {
            switch (unit.kind()) {
                case DISTRICT -> shortened(forms, name, List.of("区"));
                case SUBDISTRICT, TOWNSHIP -> shortened(forms, name, STREET_SUFFIXES);
                case COMMUNITY -> community(forms, name);
                default -> { }
            }
        }
        return forms;
    }

    private static void shortened(Set<String> forms, String name, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                forms.add(name.substring(0, name.length() - suffix.length()));
                return;
            }
        }
    }

    private static void community(Set<String> forms, String name) {
        for (String committee : COMMITTEES) {
            if (name.endsWith(committee)) {
                String base = name.substring(0, name.length() - committee.length());
                boolean village = committee.startsWith("村");
                if (base.endsWith("社区") || base.endsWith("村")) {
                    forms.add(base);
                } else if (base.length() >= 2) {
                    forms.add(base + (village ? "村" : "社区"));
                }
                return;
            }
        }
    }
}
