package org.minhu.insight;

import java.time.ZoneId;
import org.minhu.directory.Actors;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;
import org.minhu.ticket.Channel;
import org.minhu.ticket.TicketQuery;
import org.minhu.ticket.TicketStatus;
import org.minhu.ticket.TimeParam;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search}: full-text search over the tickets the caller may see, with facets
 * and highlights ({@code sort=relevance}, the default, or {@code newest}). The node's index:
 * {@code GET /api/v1/search/index} and {@code POST /api/v1/search/index/rebuild} (administrators).
 */
@RestController
@RequestMapping("/api/v1/search")
class SearchController {

    private final TicketSearch search;
    private final TicketIndex index;
    private final IndexSchedule schedule;
    private final ZoneId zone;

    SearchController(TicketSearch search, TicketIndex index, IndexSchedule schedule, ZoneId cityZone) {
        this.search = search;
        this.index = index;
        this.schedule = schedule;
        this.zone = cityZone;
    }

    @GetMapping
    SearchResult search(@RequestParam(required = false) String q,
                        @RequestParam(required = false) TicketStatus status,
                        @RequestParam(required = false) String unit,
                        @RequestParam(required = false) String district,
                        @RequestParam(required = false) String category,
                        @RequestParam(required = false) Channel channel,
                        @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to,
                        @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "20") int size,
                        @RequestParam(defaultValue = "relevance") String sort) {
        org.minhu.platform.SearchText.check(q, TicketQuery.MAX_WORDS);
        if (!sort.equals("relevance") && !sort.equals("newest")) {
            throw MinhuException.invalid("INVALID_PARAMETER", "sort is relevance or newest");
        }
        TicketQuery query = new TicketQuery(status, unit, category, TimeParam.start(from, zone, "from"),
                TimeParam.start(to, zone, "to"), q, null, page, size, district, channel);
        return search.search(query, Actors.current(), sort.equals("newest"));
    }

    @GetMapping("/index")
    IndexStatus status() throws java.io.IOException {
        requireAdmin();
        return index.status();
    }

    @PostMapping("/index/rebuild")
    ResponseEntity<IndexStatus> rebuild() throws java.io.IOException {
        requireAdmin();
        schedule.rebuild();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(index.status());
    }

    private static void requireAdmin() {
        if (!Actors.current().is(Role.ADMIN)) {
            throw MinhuException.forbidden("Administrators look after the search index");
        }
    }
}
