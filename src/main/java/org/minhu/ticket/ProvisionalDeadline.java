package org.minhu.ticket;

/**
 * The deadlines of an assignment that may have been computed from provisional calendar days, by
 * the names they are stored under ({@code assignment.provisional_deadlines}) and shown with.
 */
enum ProvisionalDeadline {
    ACCEPT, RETURN, RESPOND, COMPLETE,
    /** The end of a requested extension, until it is decided. */
    EXTENSION
}
