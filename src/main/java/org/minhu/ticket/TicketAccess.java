package org.minhu.ticket;

import org.minhu.directory.Actor;
import org.minhu.directory.Unit;
import org.minhu.directory.Units;
import org.minhu.platform.MinhuException;
import org.springframework.stereotype.Component;

/**
 * Who may see a ticket: the centre and citywide supervisors all of them, a district supervisor
 * those in the district, a handler those its unit holds an assignment of. Anyone else is told
 * the ticket does not exist.
 */
@Component
class TicketAccess {

    private final Units units;

    TicketAccess(Units units) {
        this.units = units;
    }

    boolean canSee(Actor actor, Ticket ticket) {
        return switch (actor.role()) {
            case OPERATOR, ADMIN -> true;
            case HANDLER -> ticket.assignments.stream().anyMatch(a -> a.unitCode.equals(actor.unitCode()));
            case SUPERVISOR -> actor.citywide() || actor.districtCode().equals(ticket.districtCode)
                    || ticket.assignments.stream().anyMatch(a -> inDistrict(a.unitCode, actor.districtCode()));
        };
    }

    Ticket check(Actor actor, Ticket ticket) {
        if (!canSee(actor, ticket)) {
            throw MinhuException.notFound("ticket", ticket.id);
        }
        return ticket;
    }

    private boolean inDistrict(String unitCode, String districtCode) {
        return units.find(unitCode).map(Unit::districtCode).map(districtCode::equals).orElse(false);
    }
}
