package org.minhu.dispatch;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection's features: each one's position, its code (from a property),
 * and its geometry, or why it has none. The JSON is read with Jackson, each geometry with JTS.
 */
final class GeoJsonAreas {

    /** A feature as read: its number (from 1), code and shape, or a problem saying what is wrong. */
    record Feature(int number, String code, Geometry shape, String problem) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJsonAreas() {
    }

    /** The features of the collection; {@code null} when the text is not a FeatureCollection at all. */
    static List<Feature> read(String text, String codeProperty) {
        JsonNode root;
        try {
            root = JSON.readTree(text == null ? "" : text);
        } catch (RuntimeException e) {
            return null;
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString("")) || !root.path("features").isArray()) {
            return null;
        }
        List<Feature> features = new ArrayList<>();
        int number = 0;
        for (JsonNode f : root.path("features")) {
            features.add(feature(++number, f, codeProperty));
        }
        return features;
    }

    private static Feature feature(int number, JsonNode f, String codeProperty) {
        JsonNode code = f.path("properties").path(codeProperty);
        String theCode = code.isString() ? code.asString().strip() : null;
        JsonNode geometry = f.path("geometry");
        String type = geometry.path("type").asString("");
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            return new Feature(number, theCode, null, "the geometry is not a Polygon or MultiPolygon");
        }
        try {
            return new Feature(number, theCode, new GeoJsonReader().read(geometry.toString()), null);
        } catch (ParseException | RuntimeException e) {
            return new Feature(number, theCode, null, "the geometry cannot be read");
        }
    }
}
