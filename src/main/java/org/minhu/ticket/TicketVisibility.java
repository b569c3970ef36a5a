package org.minhu.ticket;

import java.util.Map;
import org.minhu.directory.Actor;

/**
 * Who may see a ticket, written once in its two forms side by side, over the same stored columns
 * (the ticket's district and its assignments' units and districts, never the directory): the
 * centre and citywide supervisors see every ticket; a district supervisor those of the district
 * or with an assignment to a unit in it; a handler those its unit holds an assignment of.
 */
final class TicketVisibility {

    private TicketVisibility() {
    }

    /** The rule on a loaded ticket. */
    static boolean canSee(Actor actor, Ticket t) {
        return switch (actor.role()) {
            case OPERATOR, ADMIN -> true;
            case HANDLER -> t.assignments.stream().anyMatch(a -> a.unitCode.equals(actor.unitCode()));
            case SUPERVISOR -> actor.citywide() || actor.districtCode().equals(t.districtCode)
                    || t.assignments.stream().anyMatch(a -> actor.districtCode().equals(a.districtCode));
        };
    }

    /** The rule as a condition on the ticket {@code t}, its parameters put in {@code params}; null when all are seen. */
    static String condition(Actor actor, Map<String, Object> params) {
        return switch (actor.role()) {
            case OPERATOR, ADMIN -> null;
            case HANDLER -> {
                params.put("scopeUnit", actor.unitCode());
                yield "EXISTS (SELECT 1 FROM assignment s WHERE s.ticket_id = t.id AND s.unit_code = :scopeUnit)";
            }
            case SUPERVISOR -> {
                if (actor.citywide()) {
                    yield null;
                }
                params.put("scopeDistrict", actor.districtCode());
                yield "(t.district_code = :scopeDistrict OR EXISTS (SELECT 1 FROM assignment s"
                        + " WHERE s.ticket_id = t.id AND s.district_code = :scopeDistrict))";
            }
        };
    }
}
