package org.minhu.ticket;

import java.time.Instant;

/** Filters of {@code GET /api/v1/tickets}; every one optional. */
public record TicketQuery(TicketStatus status, String unit, String category, Instant from, Instant to, String q,
                          int page, int size) {
}
