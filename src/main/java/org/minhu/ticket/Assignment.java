package org.minhu.ticket;

import static org.minhu.ticket.AssignmentStatus.ACCEPTED;
import static org.minhu.ticket.AssignmentStatus.CANCELLED;
import static org.minhu.ticket.AssignmentStatus.COMPLETED;
import static org.minhu.ticket.AssignmentStatus.PENDING;
import static org.minhu.ticket.AssignmentStatus.RESPONDED;
import static org.minhu.ticket.AssignmentStatus.RETURNED;
import static org.minhu.ticket.AssignmentStatus.RETURN_REQUESTED;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.minhu.calendar.DeadlineClass;

/**
 * 派单: one unit's share of a ticket, with its own state and its deadlines. Its verbs check the
 * state they start from; the {@link Ticket} checks who acts and records the event.
 */
final class Assignment {

    enum Extension { REQUESTED, APPROVED, REJECTED }

    Long id;
    final String unitCode;
    final AssignmentRole role;
    final Route route;
    final DeadlineClass deadlineClass;
    final Instant dispatchedAt;
    final String dispatchedBy;
    final AssignmentDeadlines deadlines;
    AssignmentStatus status;
    Instant completeDueAt;
    Instant acceptedAt;
    Instant respondedAt;
    Instant completedAt;
    String reply;
    String returnReason;
    Instant returnRequestedAt;
    AssignmentStatus statusBeforeReturn;
    Extension extension;
    Instant extensionUntil;
    String extensionReason;
    boolean dirty;

    Assignment(Long id, String unitCode, AssignmentRole role, Route route, DeadlineClass deadlineClass,
               Instant dispatchedAt, String dispatchedBy, AssignmentDeadlines deadlines, AssignmentStatus status) {
        this.id = id;
        this.unitCode = unitCode;
        this.role = role;
        this.route = route;
        this.deadlineClass = deadlineClass;
        this.dispatchedAt = dispatchedAt;
        this.dispatchedBy = dispatchedBy;
        this.deadlines = deadlines;
        this.completeDueAt = deadlines.completeDueAt();
        this.status = status;
    }

    static Assignment dispatched(String unitCode, AssignmentRole role, Route route, DeadlineClass deadlineClass,
                                 Instant now, String by, AssignmentDeadlines deadlines) {
        Assignment a = new Assignment(null, unitCode, role, route, deadlineClass, now, by, deadlines, PENDING);
        a.dirty = true;
        return a;
    }

    void accept(Instant now) {
        require("accept", PENDING);
        acceptedAt = now;
        moveTo(ACCEPTED);
    }

    void requestReturn(String reason, Instant now) {
        require("return", PENDING, ACCEPTED);
        if (now.isAfter(deadlines.returnUntil())) {
            throw TicketProblems.conflict("RETURN_WINDOW_CLOSED",
                    "A return must be asked for by " + deadlines.returnUntil() + "; this assignment's time for it has passed");
        }
        statusBeforeReturn = status;
        returnReason = reason;
        returnRequestedAt = now;
        moveTo(RETURN_REQUESTED);
    }

    void approveReturn() {
        require("approve the return of", RETURN_REQUESTED);
        moveTo(RETURNED);
    }

    void rejectReturn(Instant now) {
        require("reject the return of", RETURN_REQUESTED);
        if (acceptedAt == null) {
            acceptedAt = now; // a rejected return leaves the unit holding an accepted assignment
        }
        moveTo(ACCEPTED);
    }

    void respond(Instant now) {
        require("respond to", ACCEPTED);
        respondedAt = now;
        moveTo(RESPONDED);
    }

    void complete(String reply, Instant now) {
        require("complete", RESPONDED);
        this.reply = reply;
        completedAt = now;
        moveTo(COMPLETED);
    }

    void requestExtension(Instant until, String reason) {
        require("ask an extension for", PENDING, ACCEPTED, RESPONDED);
        if (extension == Extension.REQUESTED) {
            throw TicketProblems.conflict("EXTENSION_PENDING", "An extension for this assignment is already awaiting a decision");
        }
        if (!until.isAfter(completeDueAt)) {
            throw TicketProblems.invalid("EXTENSION_TOO_SHORT", "An extension must end after the current deadline " + completeDueAt);
        }
        extension = Extension.REQUESTED;
        extensionUntil = until;
        extensionReason = reason;
        dirty = true;
    }

    void approveExtension() {
        requireExtensionRequested();
        extension = Extension.APPROVED;
        completeDueAt = extensionUntil;
        dirty = true;
    }

    void rejectExtension() {
        requireExtensionRequested();
        extension = Extension.REJECTED;
        dirty = true;
    }

    void cancel() {
        if (status.isActive()) {
            moveTo(CANCELLED);
        }
    }

    boolean isActive() {
        return status.isActive();
    }

    boolean isLead() {
        return role == AssignmentRole.LEAD;
    }

    /** Late right now on a step not yet done: accept, respond or complete. */
    boolean overdue(Instant now) {
        if (!status.isActive()) {
            return false;
        }
        boolean acceptLate = status == PENDING && now.isAfter(deadlines.acceptDueAt());
        boolean respondLate = respondedAt == null && now.isAfter(deadlines.respondDueAt());
        return acceptLate || respondLate || now.isAfter(completeDueAt);
    }

    private void requireExtensionRequested() {
        if (extension != Extension.REQUESTED || !status.isActive()) {
            throw TicketProblems.illegal("decide on an extension for", "assignment", extension == null ? "NONE" : extension.name());
        }
    }

    private void require(String action, AssignmentStatus... allowed) {
        Set<AssignmentStatus> set = EnumSet.noneOf(AssignmentStatus.class);
        set.addAll(java.util.List.of(allowed));
        if (!set.contains(status)) {
            throw TicketProblems.illegal(action, "assignment", status.name());
        }
    }

    private void moveTo(AssignmentStatus next) {
        status = next;
        dirty = true;
    }
}
