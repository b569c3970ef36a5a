package org.minhu.ticket;

import java.time.Instant;

/** An event a verb recorded, waiting to be appended to the {@link EventLog} when the ticket is saved. */
record NewEvent(TicketEvent event, Assignment assignment, String actor, String actorUnit, Instant at) {

    TicketEventType type() {
        return event.type();
    }
}
