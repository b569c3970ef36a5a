package org.minhu.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Areas with a code (districts, or streets an administrator uploaded), found from a point through
 * an STR-tree of their envelopes and then the exact polygons. Coordinates are longitude and
 * latitude in degrees, as GeoJSON writes them. Immutable once built; no Spring.
 */
final class Boundaries {

    /** An area: its unit code and its polygon(s). */
    record Area(String code, Geometry shape) {
    }

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final STRtree index = new STRtree();
    private final int size;

    Boundaries(List<Area> areas) {
        for (Area area : areas) {
            index.insert(area.shape().getEnvelopeInternal(),
                    new Prepared(area.code(), PreparedGeometryFactory.prepare(area.shape())));
        }
        index.build();
        this.size = areas.size();
    }

    static Boundaries none() {
        return new Boundaries(List.of());
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The codes of the areas that cover the point (its border included), lowest code first. */
    List<String> covering(double lat, double lng) {
        Point point = GEOMETRY.createPoint(new Coordinate(lng, lat));
        List<String> codes = new ArrayList<>();
        for (Object hit : index.query(point.getEnvelopeInternal())) {
            Prepared p = (Prepared) hit;
            if (p.shape().covers(point)) {
                codes.add(p.code());
            }
        }
        codes.sort(Comparator.naturalOrder());
        return codes;
    }

    private record Prepared(String code, PreparedGeometry shape) {
    }
}
