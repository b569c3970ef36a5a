package org.minhu.ticket;

import org.minhu.directory.Actors;
import org.minhu.platform.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/exemptions}: the 免考核 queue, the tickets whose latest request stands as
 * asked ({@code REQUESTED} by default), in the caller's scope: a district supervisor sees the
 * district's, the city all, a handler its unit's.
 */
@RestController
@RequestMapping("/api/v1/exemptions")
class ExemptionController {

    private final Tickets tickets;

    ExemptionController(Tickets tickets) {
        this.tickets = tickets;
    }

    @GetMapping
    Page<TicketView> queue(@RequestParam(defaultValue = "REQUESTED") ExemptionStatus status,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return tickets.list(new TicketQuery(null, null, null, null, null, null, status, page, size), Actors.current());
    }
}
