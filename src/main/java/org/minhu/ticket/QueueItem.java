package org.minhu.ticket;

import java.time.Instant;

/**
 * A row of one of the centre's queues: the ticket, and for a decision the assignment it is about
 * ({@code assignmentId}, its unit, the reason given, the date asked for), with the time that
 * orders the queue ({@code since}) and its deadline when it has one.
 */
public record QueueItem(long ticketId, String number, String subject, String content, TicketStatus status,
                        Long assignmentId, String unitCode, String reason, Instant until, Instant since, Instant due,
                        boolean supervised) {
}
