package org.minhu.ticket;

import org.minhu.directory.Actor;
import org.minhu.platform.MinhuException;
import org.springframework.stereotype.Component;

/**
 * Applies {@link TicketVisibility} to a loaded ticket: whoever may not see it is told it does
 * not exist.
 */
@Component
class TicketAccess {

    boolean canSee(Actor actor, Ticket ticket) {
        return TicketVisibility.canSee(actor, ticket);
    }

    Ticket check(Actor actor, Ticket ticket) {
        if (!canSee(actor, ticket)) {
            throw MinhuException.notFound("ticket", ticket.id);
        }
        return ticket;
    }
}
