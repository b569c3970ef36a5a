package org.minhu.dispatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minhu.directory.Unit;

/**
 * Finds the names of places (districts, streets, communities) in free text. Names are indexed
 * by their first two characters, so a scan costs one map look-up per character of the text.
 */
final class PlaceNames {

    record Hit(Unit unit, String name, int at) {
    }

    private final Map<String, List<Map.Entry<String, Unit>>> byPrefix = new HashMap<>();

    PlaceNames(Map<String, List<Unit>> names) {
        names.forEach((name, units) -> {
            if (name.length() >= 2) {
                units.forEach(u -> byPrefix.computeIfAbsent(name.substring(0, 2), k -> new ArrayList<>())
                        .add(Map.entry(name, u)));
            }
        });
    }

    /**
     * The places named in the text, in order; a name inside a longer one found at the same place is
     * dropped (朝阳 in 朝阳门街道, 建外 in 建外街道).
     */
    List<Hit> find(String text) {
        return longest(all(text));
    }

    private static List<Hit> longest(List<Hit> hits) {
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            boolean inside = hits.stream().anyMatch(o -> o.name().length() > h.name().length() && o.at() <= h.at()
                    && o.at() + o.name().length() >= h.at() + h.name().length());
            if (!inside) {
                kept.add(h);
            }
        }
        return kept;
    }

    private List<Hit> all(String text) {
        List<Hit> hits = new ArrayList<>();
        if (text == null) {
            return hits;
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            List<Map.Entry<String, Unit>> candidates = byPrefix.get(text.substring(i, i + 2));
            if (candidates == null) {
                continue;
            }
            for (Map.Entry<String, Unit> c : candidates) {
                if (text.startsWith(c.getKey(), i)) {
                    hits.add(new Hit(c.getValue(), c.getKey(), i));
                }
            }
        }
        return hits;
    }
}
