package org.minhu.dispatch;

import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;
import org.minhu.directory.UnitNames;
import org.minhu.directory.Units;
import org.minhu.platform.Caches;
import org.springframework.stereotype.Component;

/**
 * The names of every district, street, township and community in all the forms addresses write
 * them ({@link PlaceNameForms}), built from the directory and built again every
 * {@link JurisdictionRouting#REFRESH}, so a unit added or renamed is found on every node within a
 * minute.
 */
@Component
class PlaceNameIndex {

    /** The one entry of the cache: the names of all places. */
    private static final String ALL = "all";

    private final Units units;
    private final UnitNames unitNames;
    private final LoadingCache<String, PlaceNames> names;

    PlaceNameIndex(Units units, UnitNames unitNames, Clock clock) {
        this.units = units;
        this.unitNames = unitNames;
        this.names = Caches.on(clock).refreshAfterWrite(JurisdictionRouting.REFRESH)
                .build(Caches.keeping("the place names", key -> placeNames()));
    }

    /** The places named in the text ({@link PlaceNames#find}). */
    List<PlaceNames.Hit> find(String text) {
        return names.get(ALL).find(text);
    }

    private PlaceNames placeNames() {
        Map<String, List<String>> aliases = new HashMap<>();
        unitNames.allAliases().forEach(a -> aliases.computeIfAbsent(a.getValue(), k -> new ArrayList<>()).add(a.getKey()));
        Map<String, List<Unit>> byName = new HashMap<>();
        for (Unit u : units.all()) {
            if (u.kind() == UnitKind.DISTRICT || u.kind().isStreetLevel() || u.kind() == UnitKind.COMMUNITY) {
                for (String form : PlaceNameForms.of(u, aliases.getOrDefault(u.code(), List.of()))) {
                    byName.computeIfAbsent(form, k -> new ArrayList<>()).add(u);
                }
            }
        }
        return new PlaceNames(byName);
    }
}
