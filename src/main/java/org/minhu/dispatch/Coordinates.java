package org.minhu.dispatch;

import java.util.Map;
import org.minhu.platform.MinhuException;

/** A point as the API takes it: latitude −90…90 and longitude −180…180, finite, else 400. */
final class Coordinates {

    private Coordinates() {
    }

    static void check(double lat, double lng) {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw MinhuException.invalid("INVALID_PARAMETER", "lat", "lat is a latitude from -90 to 90",
                    Map.of("field", "lat"));
        }
        if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
            throw MinhuException.invalid("INVALID_PARAMETER", "lng", "lng is a longitude from -180 to 180",
                    Map.of("field", "lng"));
        }
    }
}
