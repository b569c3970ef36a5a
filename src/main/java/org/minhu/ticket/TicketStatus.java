package org.minhu.ticket;

/** Where a ticket is in its lifecycle (design.md "Ticket lifecycle"). */
public enum TicketStatus {
    RECEIVED, ANSWERED, DISPATCHED, COMPLETED, CLOSED, MERGED, TERMINATED;

    /** Nothing more happens to a ticket in a final state. */
    public boolean isFinal() {
        return this == CLOSED || this == MERGED || this == TERMINATED;
    }
}
