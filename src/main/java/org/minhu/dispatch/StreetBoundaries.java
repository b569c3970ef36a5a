package org.minhu.dispatch;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.Units;
import org.minhu.platform.MinhuException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The street and township boundaries a deployment uploads (no open ones exist): a GeoJSON
 * FeatureCollection whose features carry the unit's code in {@code properties.code}. An upload is
 * checked whole ({@link StreetBoundaryCheck}); with any problem nothing is stored, else it replaces
 * the boundaries uploaded before.
 */
@Service
public class StreetBoundaries {

    /** Published when the boundaries changed, so this node's {@link PointPlaces} reloads them at once. */
    record Changed() {
    }

    private final JdbcClient jdbc;
    private final Units units;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    StreetBoundaries(JdbcClient jdbc, Units units, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
        this.events = events;
    }

    /** Checks and stores an upload (ADMIN); returns how many boundaries it holds. */
    @Transactional
    public int upload(String geojson, Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw MinhuException.forbidden("Administrators upload street boundaries");
        }
        var features = GeoJsonAreas.read(geojson, "code");
        if (features == null) {
            throw invalid(List.of(new StreetBoundaryCheck.Problem(0, null, "not a GeoJSON FeatureCollection")));
        }
        var result = StreetBoundaryCheck.check(features, code -> units.find(code).orElse(null));
        if (!result.problems().isEmpty() || result.areas().isEmpty()) {
            throw invalid(result.problems().isEmpty()
                    ? List.of(new StreetBoundaryCheck.Problem(0, null, "the collection has no features")) : result.problems());
        }
        jdbc.sql("DELETE FROM street_boundary").update();
        GeoJsonWriter writer = new GeoJsonWriter();
        writer.setEncodeCRS(false);
        jdbc.sql("""
                INSERT INTO street_boundary (unit_code, geometry, uploaded_by, uploaded_at)
                SELECT code, geometry, :by, :at FROM unnest(CAST(:codes AS varchar[]), CAST(:shapes AS text[])) AS b(code, geometry)""")
                .param("codes", result.areas().stream().map(Boundaries.Area::code).toArray(String[]::new))
                .param("shapes", result.areas().stream().map(a -> writer.write(a.shape())).toArray(String[]::new))
                .param("by", actor.username()).param("at", Timestamp.from(clock.instant())).update();
        events.publishEvent(new Changed());
        return result.areas().size();
    }

    /** Removes every uploaded boundary (ADMIN): points resolve to their district only. */
    @Transactional
    public int clear(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw MinhuException.forbidden("Administrators remove street boundaries");
        }
        int removed = jdbc.sql("DELETE FROM street_boundary").update();
        events.publishEvent(new Changed());
        return removed;
    }

    /** The codes of the streets and townships that have a boundary. */
    public List<String> codes() {
        return jdbc.sql("SELECT unit_code FROM street_boundary ORDER BY unit_code").query(String.class).list();
    }

    /** The stored boundaries, for {@link PointPlaces}. */
    Boundaries boundaries() {
        GeoJsonReader reader = new GeoJsonReader();
        return new Boundaries(jdbc.sql("SELECT unit_code, geometry FROM street_boundary").query((rs, n) -> {
            try {
                return new Boundaries.Area(rs.getString("unit_code"), reader.read(rs.getString("geometry")));
            } catch (ParseException e) {
                throw new IllegalStateException("A stored street boundary cannot be read: " + rs.getString("unit_code"), e);
            }
        }).list());
    }

    private static MinhuException invalid(List<StreetBoundaryCheck.Problem> problems) {
        return new MinhuException(HttpStatus.BAD_REQUEST, "INVALID_BOUNDARIES", "The upload has " + problems.size()
                + " problems; nothing was stored", Map.of("problems", problems, "count", problems.size()));
    }
}
