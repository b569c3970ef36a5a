package org.minhu.insight;

import java.time.LocalDate;
import java.util.Map;
import org.minhu.directory.Actors;
import org.minhu.platform.MinhuException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/hotspots?week&district}: the week's surges and clusters ({@code week}: any day
 * of it, this week when absent); {@code POST /api/v1/hotspots/proactive {key, week}}: one made a
 * proactive ticket for its street (201 with {@code ticketId}; the same id again for the same hotspot).
 */
@RestController
class HotspotController {

    record Proactive(String key, LocalDate week) {
    }

    private final Hotspots hotspots;

    HotspotController(Hotspots hotspots) {
        this.hotspots = hotspots;
    }

    @GetMapping("/api/v1/hotspots")
    HotspotReport report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                         @RequestParam(required = false) String district) {
        return hotspots.report(week, district, Actors.current());
    }

    @PostMapping("/api/v1/hotspots/proactive")
    ResponseEntity<Map<String, Long>> proactive(@RequestBody Proactive body) {
        if (body == null || body.key() == null || body.key().isBlank()) {
            throw MinhuException.invalid("VALIDATION_FAILED", "key is required");
        }
        long id = hotspots.makeProactive(body.key(), body.week(), Actors.current());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("ticketId", id));
    }
}
