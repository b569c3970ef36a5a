package org.minhu.ticket;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;

/** Who may blow a whistle and whom it may summon (吹哨报到). */
final class WhistleRules {

    /** The most units one whistle summons. */
    static final int MAX_SUMMONED = 10;

    private WhistleRules() {
    }

    /** A street or township that leads the ticket and has taken it on. */
    static void checkBlower(Unit blower, Assignment lead) {
        if (blower.kind() != UnitKind.SUBDISTRICT && blower.kind() != UnitKind.TOWNSHIP) {
            throw org.minhu.platform.MinhuException.forbidden("Streets and townships blow the whistle");
        }
        if (lead.status != AssignmentStatus.ACCEPTED && lead.status != AssignmentStatus.RESPONDED) {
            throw TicketProblems.illegal("blow the whistle on", "assignment", lead.status.name());
        }
    }

    /** One to ten departments or utilities, each named once, none already holding the ticket. */
    static void checkSummoned(List<Unit> summoned, List<Assignment> assignments) {
        if (summoned.isEmpty() || summoned.size() > MAX_SUMMONED) {
            throw TicketProblems.invalid("VALIDATION_FAILED", "whistle-units",
                    "A whistle summons 1 to " + MAX_SUMMONED + " departments or utilities", Map.of("field", "unitCodes"));
        }
        Set<String> seen = new HashSet<>();
        for (Unit unit : summoned) {
            if (unit.kind() != UnitKind.DEPARTMENT && unit.kind() != UnitKind.ENTERPRISE) {
                throw TicketProblems.invalid("INVALID_UNIT", "whistle-summons",
                        "A whistle summons departments and utilities, not " + unit.code(), Map.of("unit", unit.code()));
            }
            if (!seen.add(unit.code())) {
                throw TicketProblems.invalid("VALIDATION_FAILED", "whistle-units", "Unit " + unit.code() + " is named twice",
                        Map.of("field", "unitCodes"));
            }
            if (assignments.stream().anyMatch(a -> a.isActive() && a.unitCode.equals(unit.code()))) {
                throw TicketProblems.conflict("ALREADY_ASSIGNED", "Unit " + unit.code() + " already holds an assignment of this ticket");
            }
        }
    }
}
