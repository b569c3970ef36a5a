package org.minhu.dispatch;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;
import org.minhu.directory.Units;
import org.springframework.stereotype.Component;

/**
 * Routes by jurisdiction: a unit the caller named, else the street or township named in the
 * address (directly, or through one of its communities), else the district; a point adds the
 * street whose uploaded boundary covers it, or its district ({@link PointPlaces}). The place names are
 * built from the directory's units and built again every {@link #REFRESH}, so a unit added or
 * renamed in the database is routable on every node within a minute (the directory's own copy
 * is at most as old).
 */
@Component
class JurisdictionRouting implements Routing {

    private static final int MAX = 3;
    static final Duration REFRESH = Duration.ofSeconds(30);

    private final Units units;
    private final PointPlaces points;
    private final PlaceNameIndex names;

    JurisdictionRouting(Units units, PointPlaces points, PlaceNameIndex names) {
        this.units = units;
        this.points = points;
        this.names = names;
    }

    @Override
    public List<RoutingSuggestion> suggest(RoutingQuery query) {
        Map<String, RoutingSuggestion> found = new LinkedHashMap<>();
        if (query.unitCode() != null && !query.unitCode().isBlank()) {
            units.inForce(query.unitCode()).ifPresent(u -> add(found, street(u), "NAMED_BY_CALLER", u.name(), 1.0));
        }
        String text = (query.address() == null ? "" : query.address()) + " " + (query.content() == null ? "" : query.content());
        List<PlaceNames.Hit> hits = names.find(text);
        Set<String> districts = hits.stream().filter(h -> h.unit().kind() == UnitKind.DISTRICT)
                .map(h -> h.unit().code()).collect(Collectors.toSet());
        Set<String> streets = hits.stream().filter(h -> h.unit().kind().isStreetLevel())
                .map(h -> h.unit().code()).collect(Collectors.toSet());
        for (PlaceNames.Hit hit : hits) {
            Unit u = hit.unit();
            boolean inNamedDistrict = districts.isEmpty() || districts.contains(u.districtCode());
            switch (u.kind()) {
                case SUBDISTRICT, TOWNSHIP -> add(found, u, "ADDRESS_NAMES_STREET", hit.name(),
                        (inNamedDistrict ? 0.95 : 0.7) - (suffixed(hit.name()) ? 0 : 0.1));
                case COMMUNITY -> add(found, street(u), "ADDRESS_NAMES_COMMUNITY", hit.name(), community(u, streets,
                        inNamedDistrict));
                default -> { }
            }
        }
        for (String district : districts) {
            units.inForce(district).ifPresent(d -> add(found, d, "ADDRESS_NAMES_DISTRICT", d.name(), 0.5));
        }
        if (query.lat() != null && query.lng() != null) {
            points.locate(query.lat(), query.lng()).ifPresent(p -> byPoint(found, p));
        }
        return found.values().stream().sorted(Comparator.comparingDouble(RoutingSuggestion::score).reversed())
                .limit(MAX).toList();
    }

    /**
     * A community named with its street confirms the street; named beside another street it is a
     * namesake elsewhere; named alone, as sure as its district allows.
     */
    private static double community(Unit community, Set<String> streets, boolean inNamedDistrict) {
        if (streets.contains(community.parentCode())) {
            return 0.97;
        }
        return !streets.isEmpty() ? 0.3 : inNamedDistrict ? 0.85 : 0.4;
    }

    /** A street written with its 街道, 地区, 镇 or 乡 (a short form like 建外 is a little less sure). */
    private static boolean suffixed(String name) {
        return name.endsWith("街道") || name.endsWith("地区") || name.endsWith("镇") || name.endsWith("乡");
    }

    /** A point in an uploaded street boundary names that street; else only its district. */
    private void byPoint(Map<String, RoutingSuggestion> found, PointPlace place) {
        if (place.subdistrictCode() != null) {
            units.inForce(place.subdistrictCode()).ifPresent(u -> add(found, u, "POINT_IN_STREET", u.name(), 0.9));
        } else {
            units.inForce(place.districtCode()).ifPresent(d -> add(found, d, "POINT_IN_DISTRICT", d.name(), 0.45));
        }
    }

    private Unit street(Unit unit) {
        if (unit.kind() == UnitKind.COMMUNITY && unit.parentCode() != null) {
            return units.inForce(unit.parentCode()).orElse(unit);
        }
        return unit;
    }

    private static void add(Map<String, RoutingSuggestion> found, Unit unit, String reason, String matched, double score) {
        RoutingSuggestion existing = found.get(unit.code());
        if (existing == null || existing.score() < score) {
            found.put(unit.code(), new RoutingSuggestion(unit.code(), unit.name(), unit.kind(), reason, matched, score));
        }
    }
}
