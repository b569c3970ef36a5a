package org.minhu.dispatch;

import java.util.List;
import java.util.Optional;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A request's place: first from the address text (a community with its street, a community, a
 * street, as {@link JurisdictionRouting} weighs them), then from the point, then from earlier
 * tickets at the very same address, and last a district the text names; else unknown.
 */
@Component
public class Places {

    private final PlaceNameIndex names;
    private final PointPlaces points;
    private final JdbcClient jdbc;
    private final org.minhu.directory.Units units;

    Places(PlaceNameIndex names, PointPlaces points, JdbcClient jdbc, org.minhu.directory.Units units) {
        this.names = names;
        this.points = points;
        this.jdbc = jdbc;
        this.units = units;
    }

    /** The place of a request, or empty when nothing tells it. */
    public Optional<SuggestedPlace> locate(String address, String content, Double lat, Double lng) {
        List<PlaceNames.Hit> hits = names.find((address == null ? "" : address) + " " + (content == null ? "" : content));
        Optional<SuggestedPlace> named = fromText(hits);
        if (named.isPresent() && named.get().subdistrictCode() != null) {
            return named;
        }
        if (lat != null && lng != null) {
            var point = points.locate(lat, lng);
            if (point.isPresent()) {
                PointPlace p = point.get();
                return Optional.of(new SuggestedPlace(p.districtCode(), p.subdistrictCode(), null, "POINT",
                        p.subdistrictCode() != null ? 0.9 : 0.6));
            }
        }
        return fromHistory(address).or(() -> named);
    }

    private Optional<SuggestedPlace> fromText(List<PlaceNames.Hit> hits) {
        var streets = hits.stream().map(PlaceNames.Hit::unit).filter(u -> u.kind().isStreetLevel()).toList();
        var communities = hits.stream().map(PlaceNames.Hit::unit).filter(u -> u.kind() == UnitKind.COMMUNITY).toList();
        for (Unit c : communities) {
            if (streets.stream().anyMatch(s -> s.code().equals(c.parentCode()))) {
                return Optional.of(new SuggestedPlace(c.districtCode(), c.parentCode(), c.code(), "ADDRESS", 0.97));
            }
        }
        if (communities.size() == 1 && streets.isEmpty()) {
            Unit c = communities.getFirst();
            return Optional.of(new SuggestedPlace(c.districtCode(), c.parentCode(), c.code(), "ADDRESS", 0.85));
        }
        if (!streets.isEmpty()) {
            Unit s = streets.getFirst();
            return Optional.of(new SuggestedPlace(s.districtCode(), s.code(), null, "ADDRESS", streets.size() == 1 ? 0.9 : 0.6));
        }
        return hits.stream().map(PlaceNames.Hit::unit).filter(u -> u.kind() == UnitKind.DISTRICT).findFirst()
                .map(d -> new SuggestedPlace(d.code(), null, null, "ADDRESS", 0.5));
    }

    /** The place most earlier tickets at the very same address were located in. */
    private Optional<SuggestedPlace> fromHistory(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT location_unit_code FROM routing_history WHERE md5(address) = md5(:a) AND location_unit_code IS NOT NULL
                GROUP BY location_unit_code ORDER BY count(*) DESC, location_unit_code LIMIT 1""")
                .param("a", address.strip()).query(String.class).optional()
                .flatMap(units::find)
                .map(u -> u.kind() == UnitKind.COMMUNITY
                        ? new SuggestedPlace(u.districtCode(), u.parentCode(), u.code(), "HISTORY", 0.8)
                        : new SuggestedPlace(u.districtCode(), u.kind().isStreetLevel() ? u.code() : null, null, "HISTORY", 0.7));
    }
}
