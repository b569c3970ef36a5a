package org.minhu.ticket;

import java.time.Instant;

/**
 * Filters of {@code GET /api/v1/tickets}; every one optional. {@code exemption} picks tickets whose
 * latest 免考核 request stands so ({@code REQUESTED}: the supervisors' queue).
 */
public record TicketQuery(TicketStatus status, String unit, String category, Instant from, Instant to, String q,
                          ExemptionStatus exemption, int page, int size) {
}
