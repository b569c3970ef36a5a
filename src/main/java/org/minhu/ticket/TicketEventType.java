package org.minhu.ticket;

/** What can happen to a ticket; one row of its event log each. */
public enum TicketEventType {
    CREATED, ANSWERED, DISPATCHED, ACCEPTED, RETURN_REQUESTED, RETURN_APPROVED, RETURN_REJECTED,
    RESPONDED, EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REJECTED, ASSIGNMENT_COMPLETED,
    COMPLETED, CALLBACK_RECORDED, CLOSED, REOPENED, MERGED, DUPLICATE_MERGED, TERMINATED, SUPERVISED, OVERDUE,
    /** A deadline counted on provisional calendar days, counted again once the official year was entered. */
    DEADLINE_RECOMPUTED,
    /** A handler holding an assignment revealed the requester's number to call back. */
    PHONE_REVEALED,
    /** 免考核 asked, approved or rejected. */
    EXEMPTION_REQUESTED, EXEMPTION_APPROVED, EXEMPTION_REJECTED,
    /** 吹哨, 报到, what a summoned unit did, and the whistle closed with the lead's completion. */
    WHISTLE_BLOWN, REPORTED_IN, WHISTLE_WORK_RECORDED, WHISTLE_CLOSED,
    /** 督办 lifted: by a supervisor, or because the ticket was completed or ended. */
    SUPERVISION_LIFTED
}
