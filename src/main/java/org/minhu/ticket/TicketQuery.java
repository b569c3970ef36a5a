package org.minhu.ticket;

import java.time.Instant;

/**
 * Filters of {@code GET /api/v1/tickets} and of the console's list; every one optional.
 * {@code exemption} picks tickets whose latest 免考核 request stands so ({@code REQUESTED}: the
 * supervisors' queue); {@code unit} a unit holding an assignment; {@code district} the ticket's
 * district; {@code category} a category and those under it.
 */
public record TicketQuery(TicketStatus status, String unit, String category, Instant from, Instant to, String q,
                          ExemptionStatus exemption, int page, int size, String district, Channel channel) {

    /** The longest search text a list or a search takes (longer ones are refused, 400 {@code VALIDATION_FAILED}). */
    public static final int MAX_WORDS = 100;

    public TicketQuery(TicketStatus status, String unit, String category, Instant from, Instant to, String q,
                       ExemptionStatus exemption, int page, int size) {
        this(status, unit, category, from, to, q, exemption, page, size, null, null);
    }
}
