package org.minhu.ticket;

import org.minhu.calendar.DeadlineClass;
import org.minhu.directory.UnitKind;

/** How pressing a ticket is; with the unit's kind it decides the deadline class of an assignment. */
public enum Urgency {
    NORMAL, URGENT, COMPLEX;

    /**
     * The deadline class of an assignment of a ticket this pressing to a unit of {@code kind}:
     * urgency first, then a utility's own class, then how complex the request is.
     */
    public DeadlineClass deadlineClass(UnitKind kind) {
        if (this == URGENT) {
            return DeadlineClass.URGENT;
        }
        if (kind == UnitKind.ENTERPRISE) {
            return DeadlineClass.UTILITY;
        }
        return this == COMPLEX ? DeadlineClass.COMPLEX : DeadlineClass.NORMAL;
    }
}
