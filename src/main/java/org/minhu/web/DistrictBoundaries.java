package org.minhu.web;

import java.time.Duration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Beijing's sixteen district boundaries for the dashboard's map, the GeoJSON shipped under
 * {@code reference/geo/} (see its README), cached by the browser for a day.
 */
@Controller
class DistrictBoundaries {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Resource districts = new ClassPathResource("reference/geo/beijing-districts.geojson");

    @GetMapping("/geo/beijing-districts.geojson")
    ResponseEntity<Resource> districts() {
        return ResponseEntity.ok().contentType(GEO_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate()).body(districts);
    }
}
