package org.minhu.dispatch;

import java.util.List;
import java.util.Map;
import org.minhu.directory.Actors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/boundaries/streets}: upload the street and township boundaries (GeoJSON, ADMIN)
 * and list which units have one; {@code GET /api/v1/places?lat=&lng=}: where a point lies.
 */
@RestController
class BoundaryController {

    private final StreetBoundaries streets;
    private final PointPlaces places;

    BoundaryController(StreetBoundaries streets, PointPlaces places) {
        this.streets = streets;
        this.places = places;
    }

    @PostMapping(path = "/api/v1/boundaries/streets", consumes = {"application/geo+json", "application/json"})
    Map<String, Integer> upload(@RequestBody String geojson) {
        return Map.of("boundaries", streets.upload(geojson, Actors.current()));
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/api/v1/boundaries/streets")
    Map<String, Integer> clear() {
        return Map.of("removed", streets.clear(Actors.current()));
    }

    @GetMapping("/api/v1/boundaries/streets")
    List<String> codes() {
        Actors.current();
        return streets.codes();
    }

    /** Where a point lies: {@code {inBeijing, districtCode, subdistrictCode, onBorder}}. */
    @GetMapping("/api/v1/places")
    Map<String, Object> place(@RequestParam double lat, @RequestParam double lng) {
        Actors.current();
        Coordinates.check(lat, lng);
        return places.locate(lat, lng).<Map<String, Object>>map(p -> {
            var m = new java.util.LinkedHashMap<String, Object>();
            m.put("inBeijing", true);
            m.put("districtCode", p.districtCode());
            m.put("subdistrictCode", p.subdistrictCode());
            m.put("onBorder", p.onBorder());
            return m;
        }).orElse(Map.of("inBeijing", false));
    }
}
