package org.minhu.ticket;

/** Where a request to leave a ticket out of the scores stands. */
public enum ExemptionStatus {
    REQUESTED, APPROVED, REJECTED
}
