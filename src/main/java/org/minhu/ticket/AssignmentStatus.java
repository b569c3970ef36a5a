package org.minhu.ticket;

/**
 * An assignment's own state: PENDING → ACCEPTED → RESPONDED → COMPLETED, or through
 * RETURN_REQUESTED to RETURNED; CANCELLED when its ticket is terminated.
 */
public enum AssignmentStatus {
    PENDING, ACCEPTED, RESPONDED, COMPLETED, RETURN_REQUESTED, RETURNED, CANCELLED;

    /** Still work to do for the unit. */
    public boolean isActive() {
        return this == PENDING || this == ACCEPTED || this == RESPONDED || this == RETURN_REQUESTED;
    }
}
