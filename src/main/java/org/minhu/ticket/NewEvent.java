package org.minhu.ticket;

import java.time.Instant;
import java.util.Map;

/** An event a verb recorded, waiting to be appended to the log when the ticket is saved. */
record NewEvent(TicketEventType type, Assignment assignment, String actor, String actorUnit, Instant at,
                Map<String, Object> data) {
}
