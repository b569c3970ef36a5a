package org.minhu.ticket;

import java.time.Instant;

/**
 * One row of a handler's inbox: an open assignment of the unit with its ticket, the step it owes
 * next ({@code REPORT} to a whistle, {@code ACCEPT}, {@code RESPOND}, {@code COMPLETE}, or
 * {@code RETURN} while a return awaits the centre) and that step's deadline; 督办 and whistle marks.
 * Text is masked as handlers see it.
 */
public record InboxItem(long assignmentId, long ticketId, String number, String subject, String content,
                        String categoryCode, String address, AssignmentRole role, Route route, AssignmentStatus status,
                        Instant dispatchedAt, String nextStep, Instant nextDue, Instant completeDue,
                        boolean supervised, SupervisionLevel supervisionLevel, Instant supervisionDue, String supervisionNote,
                        Long whistleId, Instant reportDue, Instant reportedAt, int whistlesBlown, String extensionStatus) {

    /** OVERDUE past the due time, SOON within two hours of it, else ON_TIME. */
    public String urgency(Instant now) {
        if (nextDue == null) {
            return "ON_TIME";
        }
        return now.isAfter(nextDue) ? "OVERDUE" : now.plusSeconds(7200).isAfter(nextDue) ? "SOON" : "ON_TIME";
    }
}
