package org.minhu.ticket;

import java.time.Instant;

/**
 * Published after a ticket's change is committed to its log; other modules (assessment,
 * insight) listen to it instead of reading the ticket's tables.
 */
public record TicketEventRecorded(long ticketId, Long assignmentId, TicketEventType type, Instant at, String actor,
                                  String actorUnit) {
}
