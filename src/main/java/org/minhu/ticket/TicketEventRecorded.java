package org.minhu.ticket;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * One row of a ticket's event log, as appended: its id (ascending in the order of appending),
 * the ticket, the assignment it concerns (or null), when, who (a user name, or {@code system})
 * and their unit, and the {@link TicketEvent} with its facts. Published by the {@link EventLog}
 * in the transaction that appends the row; Spring Modulith's event publication registry keeps it
 * in the database and hands it to each {@code @ApplicationModuleListener} after the commit, at
 * least once, again after a crash. Other modules listen to it instead of reading the ticket's
 * tables. History imported in bulk is not published: it is read from the log.
 */
public record TicketEventRecorded(long eventId, long ticketId, Long assignmentId, Instant at, String actor,
                                  String actorUnit,
                                  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY,
                                          property = "type") TicketEvent event) {

    /** The event's type. */
    public TicketEventType type() {
        return event.type();
    }
}
