package org.minhu.ticket;

import static org.minhu.ticket.AssignmentStatus.ACCEPTED;
import static org.minhu.ticket.AssignmentStatus.CANCELLED;
import static org.minhu.ticket.AssignmentStatus.COMPLETED;
import static org.minhu.ticket.AssignmentStatus.PENDING;
import static org.minhu.ticket.AssignmentStatus.RESPONDED;
import static org.minhu.ticket.AssignmentStatus.RETURNED;
import static org.minhu.ticket.AssignmentStatus.RETURN_REQUESTED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minhu.calendar.DeadlineClass;
import org.minhu.calendar.DeadlineStep;
import org.minhu.calendar.Deadlines;
import org.minhu.calendar.Due;
import org.minhu.calendar.WorkingCalendar;

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
    AssignmentDeadlines deadlines;
    AssignmentStatus status;
    /** The completion deadline in force: dispatch's, or where approved extensions moved it. */
    Due completeDue;
    /** Null while the completion deadline counts from dispatch's; else the end of an approved extension to a date. */
    Instant extendedFrom;
    /** Working days that approved extensions added to dispatch's deadline (or to {@link #extendedFrom}). */
    int extendedDays;
    Instant acceptedAt;
    Instant respondedAt;
    Instant completedAt;
    String reply;
    String returnReason;
    Instant returnRequestedAt;
    AssignmentStatus statusBeforeReturn;
    Extension extension;
    Due extensionUntil;
    /** The relay (a district office's assignment) this one was forwarded through, or null. */
    Long relayOf;
    /** The district of the unit at dispatch (null for a citywide one): what a district supervisor's view is by. */
    String districtCode;
    /** The working days asked for, or null when the extension asks for a date. */
    Integer extensionWorkingDays;
    String extensionReason;
    /** 报到 owed to a whistle, for a summoned unit's assignment; else null. */
    Summons summons;

    /** The most working days one extension may add. */
    static final int MAX_EXTENSION_DAYS = 60;

    /** A deadline that moved when it was recomputed. */
    record Moved(ProvisionalDeadline deadline, Due from, Due to) {
    }

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
        this.completeDue = deadlines.complete();
        this.status = status;
    }

    static Assignment dispatched(String unitCode, AssignmentRole role, Route route, DeadlineClass deadlineClass,
                                 Instant now, String by, AssignmentDeadlines deadlines) {
        return new Assignment(null, unitCode, role, route, deadlineClass, now, by, deadlines, PENDING);
    }

    void accept(Instant now) {
        require("accept", PENDING);
        acceptedAt = now;
        status = ACCEPTED;
    }

    /** The relay's end: the unit it forwarded to has completed. */
    void completeRelay(String reply, Instant now) {
        require("complete the relay of", PENDING, ACCEPTED, RESPONDED);
        if (respondedAt == null) {
            respondedAt = now;
        }
        this.reply = reply;
        completedAt = now;
        status = COMPLETED;
    }

    void requestReturn(String reason, Instant now) {
        require("return", PENDING, ACCEPTED);
        if (now.isAfter(deadlines.returnUntil().at())) {
            throw TicketProblems.conflict("RETURN_WINDOW_CLOSED",
                    "A return must be asked for by " + deadlines.returnUntil().at() + "; this assignment's time for it has passed");
        }
        statusBeforeReturn = status;
        returnReason = reason;
        returnRequestedAt = now;
        status = RETURN_REQUESTED;
    }

    void approveReturn() {
        require("approve the return of", RETURN_REQUESTED);
        status = RETURNED;
    }

    void rejectReturn(Instant now) {
        require("reject the return of", RETURN_REQUESTED);
        if (acceptedAt == null) {
            acceptedAt = now; // a rejected return leaves the unit holding an accepted assignment
        }
        status = ACCEPTED;
    }

    void respond(Instant now) {
        require("respond to", ACCEPTED);
        respondedAt = now;
        status = RESPONDED;
    }

    void complete(String reply, Instant now) {
        require("complete", RESPONDED);
        this.reply = reply;
        completedAt = now;
        status = COMPLETED;
    }

    /**
     * Asks for more time: until a date, or {@code workingDays} past the deadline in force; either way
     * at most {@value #MAX_EXTENSION_DAYS} working days past it, and only once the unit has accepted.
     */
    void requestExtension(Instant until, Integer workingDays, String reason, WorkingCalendar calendar) {
        require("ask an extension for", ACCEPTED, RESPONDED);
        if (extension == Extension.REQUESTED) {
            throw TicketProblems.conflict("EXTENSION_PENDING", "An extension for this assignment is already awaiting a decision");
        }
        Due asked = workingDays != null ? calendar.afterWorkingDays(completeDue.at(), workingDays) : Due.official(until);
        if (!asked.at().isAfter(completeDue.at())) {
            throw TicketProblems.invalid("EXTENSION_TOO_SHORT", "An extension must end after the current deadline " + completeDue.at());
        }
        if (workingDays == null && asked.at().isAfter(calendar.plusWorkingDays(completeDue.at(), MAX_EXTENSION_DAYS))) {
            throw TicketProblems.invalid("EXTENSION_TOO_LONG", "An extension reaches at most " + MAX_EXTENSION_DAYS
                    + " working days past the current deadline " + completeDue.at());
        }
        extension = Extension.REQUESTED;
        extensionUntil = asked;
        extensionWorkingDays = workingDays;
        extensionReason = reason;
    }

    void approveExtension() {
        requireExtensionRequested();
        extension = Extension.APPROVED;
        completeDue = extensionUntil;
        if (extensionWorkingDays != null) {
            extendedDays += extensionWorkingDays;
        } else {
            extendedFrom = extensionUntil.at();
            extendedDays = 0;
        }
    }

    void rejectExtension() {
        requireExtensionRequested();
        extension = Extension.REJECTED;
    }

    void cancel() {
        if (status.isActive()) {
            status = CANCELLED;
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
        boolean acceptLate = status == PENDING && now.isAfter(deadlines.accept().at());
        boolean respondLate = respondedAt == null && now.isAfter(deadlines.respond().at());
        return acceptLate || respondLate || now.isAfter(completeDue.at());
    }

    /** Its deadlines, by name, as they stand. */
    Map<ProvisionalDeadline, Due> dues() {
        Map<ProvisionalDeadline, Due> dues = new EnumMap<>(ProvisionalDeadline.class);
        dues.put(ProvisionalDeadline.ACCEPT, deadlines.accept());
        dues.put(ProvisionalDeadline.RETURN, deadlines.returnUntil());
        dues.put(ProvisionalDeadline.RESPOND, deadlines.respond());
        dues.put(ProvisionalDeadline.COMPLETE, completeDue);
        if (extension == Extension.REQUESTED) {
            dues.put(ProvisionalDeadline.EXTENSION, extensionUntil);
        }
        return dues;
    }

    /** The deadlines a provisional calendar day went into. */
    Set<ProvisionalDeadline> provisional() {
        Set<ProvisionalDeadline> provisional = EnumSet.noneOf(ProvisionalDeadline.class);
        dues().forEach((name, due) -> {
            if (due.provisional()) {
                provisional.add(name);
            }
        });
        return provisional;
    }

    /**
     * Counts every provisional deadline still ahead again from its start with the calendar as it
     * is now: dispatch for the dispatch deadlines, and for completion the approved extensions on
     * top. A finished assignment, a step already done and a deadline already passed stay as they
     * were (a passed one is only marked as looked at against the official years of now).
     */
    List<Moved> recompute(Deadlines rules, WorkingCalendar calendar, Instant now) {
        List<Moved> moved = new ArrayList<>();
        if (!isActive()) {
            return moved;
        }
        Due accept = fresh(ProvisionalDeadline.ACCEPT, deadlines.accept(), status == PENDING,
                () -> rules.due(DeadlineStep.ACCEPT, deadlineClass, dispatchedAt), calendar, now, moved);
        Due returnUntil = fresh(ProvisionalDeadline.RETURN, deadlines.returnUntil(), status == PENDING || status == ACCEPTED,
                () -> rules.due(DeadlineStep.RETURN, deadlineClass, dispatchedAt), calendar, now, moved);
        Due respond = fresh(ProvisionalDeadline.RESPOND, deadlines.respond(), respondedAt == null,
                () -> rules.due(DeadlineStep.RESPOND, deadlineClass, dispatchedAt), calendar, now, moved);
        deadlines = new AssignmentDeadlines(accept, returnUntil, respond, deadlines.complete());
        completeDue = fresh(ProvisionalDeadline.COMPLETE, completeDue, true,
                () -> extendedBy(extendedDays, rules, calendar), calendar, now, moved);
        if (extension == Extension.APPROVED) {
            extensionUntil = completeDue; // the approved extension ends where the deadline it set now stands
        }
        if (extension == Extension.REQUESTED) {
            extensionUntil = fresh(ProvisionalDeadline.EXTENSION, extensionUntil, extensionWorkingDays != null,
                    () -> extendedBy(extendedDays + extensionWorkingDays, rules, calendar), calendar, now, moved);
        }
        return moved;
    }

    private Due extendedBy(int workingDays, Deadlines rules, WorkingCalendar calendar) {
        Due base = extendedFrom != null ? Due.official(extendedFrom)
                : rules.due(DeadlineStep.COMPLETE, deadlineClass, dispatchedAt);
        return workingDays == 0 ? base : calendar.afterWorkingDays(base.at(), workingDays);
    }

    private static Due fresh(ProvisionalDeadline name, Due due, boolean open, java.util.function.Supplier<Due> again,
                             WorkingCalendar calendar, Instant now, List<Moved> moved) {
        if (!due.provisional()) {
            return due;
        }
        if (!open || !now.isBefore(due.at())) {
            // left as it was, but looked at against the official years of now, so it is not taken up again
            return new Due(due.at(), Math.max(due.provisionalBeyond(), calendar.officialThrough()));
        }
        Due recomputed = again.get();
        if (!recomputed.at().equals(due.at())) {
            moved.add(new Moved(name, due, recomputed));
        }
        return recomputed;
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
}
