package org.minhu.ticket;

import java.time.Instant;
import java.util.List;

/**
 * What a search index holds of a ticket: its filters and its words, phone and ID numbers already
 * masked in the text (an index never holds them in clear). {@code units} are the units holding any
 * assignment of it and {@code unitDistricts} their districts: the scope of handlers and district
 * supervisors, as {@code TicketVisibility} reads it.
 */
public record IndexedTicket(long id, String number, TicketStatus status, Channel channel, String categoryCode,
                            String districtCode, String locationUnitCode, Instant createdAt, String subject,
                            String content, String address, Double lat, Double lng, List<String> units,
                            List<String> unitDistricts) {
}
