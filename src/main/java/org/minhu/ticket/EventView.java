package org.minhu.ticket;

import java.time.Instant;
import java.util.Map;

/** One row of a ticket's event log. */
public record EventView(long id, TicketEventType type, Instant at, String actor, String actorUnit, Long assignmentId,
                        Map<String, Object> data) {
}
