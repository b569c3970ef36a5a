package org.minhu.ticket;

import java.time.Instant;
import java.util.List;
import org.minhu.directory.Actor;

/** Turns the aggregate into what an actor may see. */
final class TicketViews {

    private TicketViews() {
    }

    /**
     * Whether the viewer sees the requester's number, in full and inside the ticket's text: the
     * centre's staff, and for a confidential (保密) request the operators alone.
     */
    static boolean seesNumbers(Actor viewer, TicketFacts f) {
        return seesNumbers(viewer, f.requesterConfidential());
    }

    /** The rule itself: the centre always, others whose role sees numbers unless the caller asked for 保密. */
    static boolean seesNumbers(Actor viewer, boolean confidential) {
        return viewer.is(org.minhu.directory.Role.OPERATOR) || (viewer.role().seesPhoneNumbers() && !confidential);
    }

    /**
     * For a handler whose unit gave the ticket back (every one of its assignments RETURNED): when it
     * last asked to, so that it keeps its own part of the history and not what later units wrote.
     * Null for everyone else.
     */
    static Instant returnedAt(Ticket t, Actor viewer) {
        if (!viewer.is(org.minhu.directory.Role.HANDLER)) {
            return null;
        }
        List<Assignment> own = t.assignments.stream().filter(a -> a.unitCode.equals(viewer.unitCode())).toList();
        if (own.isEmpty() || own.stream().anyMatch(a -> a.status != AssignmentStatus.RETURNED)) {
            return null;
        }
        return own.stream().map(a -> a.returnRequestedAt).filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    private static int lastIndexOf(Ticket t, String unitCode) {
        for (int i = t.assignments.size() - 1; i >= 0; i--) {
            if (t.assignments.get(i).unitCode.equals(unitCode)) {
                return i;
            }
        }
        return -1;
    }

    static TicketView of(Ticket t, Actor viewer, Instant now) {
        TicketFacts f = t.facts;
        boolean full = seesNumbers(viewer, f);
        java.util.function.UnaryOperator<String> text = full ? s -> s : PhoneMask::inText;
        String phone = full ? f.requesterPhone() : PhoneMask.mask(f.requesterPhone());
        Instant returnedAt = returnedAt(t, viewer);
        int lastOwn = returnedAt == null ? Integer.MAX_VALUE : lastIndexOf(t, viewer.unitCode());
        List<TicketView.AssignmentView> assignments = new java.util.ArrayList<>();
        for (int i = 0; i < t.assignments.size(); i++) {
            Assignment a = t.assignments.get(i);
            boolean later = i > lastOwn && !a.dispatchedAt.isBefore(returnedAt); // dispatched on or after the return
            if (!later) {
                assignments.add(assignment(a, now, text));
            }
        }
        TicketView.CallbackView callback = t.latestCallback().map(c -> new TicketView.CallbackView(c.recordedAt(),
                c.recordedBy(), c.unreachable(), c.resolved(), c.satisfied(), text.apply(c.comment()))).orElse(null);
        boolean overdue = t.assignments.stream().anyMatch(a -> a.overdue(now))
                || (t.status == TicketStatus.COMPLETED && t.callbackDue != null && now.isAfter(t.callbackDue.at()));
        return new TicketView(t.id, t.number, t.status, f.channel(), f.type(), f.urgency(), text.apply(f.subject()),
                text.apply(f.content()),
                f.categoryCode(), t.leadUnitCode, t.districtCode, t.createdAt,
                new TicketView.RequesterView(f.requesterName(), phone, f.requesterConfidential()),
                new TicketView.LocationView(f.address(), f.lat(), f.lng(), f.locationUnitCode()),
                assignments, callback, t.supervised, overdue, t.parentId, text.apply(t.answer), t.answerArticleVersion, t.reopenCount, t.answeredAt,
                t.completedAt, t.callbackDue == null ? null : t.callbackDue.at(),
                t.callbackDue != null && t.callbackDue.provisional(), t.closedAt, t.terminatedReason,
                exemption(t.exemption, text), t.exemption != null && t.exemption.approved(),
                t.supervision == null ? null : new TicketView.SupervisionView(t.supervision.level(),
                        text.apply(t.supervision.note()), t.supervision.dueAt(), t.supervision.at(), t.supervision.by()),
                t.whistles.stream().map(w -> new TicketView.WhistleSummary(w.id, w.type, w.unitCode, text.apply(w.note),
                        w.blownAt, w.status.name())).toList(), null, null, null, null);
    }

    private static Exemption exemption(Exemption e, java.util.function.UnaryOperator<String> text) {
        return e == null ? null : new Exemption(e.status(), e.reasonCode(), text.apply(e.evidence()), e.requestedBy(),
                e.requestedAt(), e.decidedBy(), e.decidedAt(), text.apply(e.decisionReason()));
    }

    private static TicketView.AssignmentView assignment(Assignment a, Instant now, java.util.function.UnaryOperator<String> text) {
        AssignmentDeadlines d = a.deadlines;
        java.util.Set<ProvisionalDeadline> provisional = a.provisional();
        return new TicketView.AssignmentView(a.id, a.unitCode, a.role, a.route, a.status, a.deadlineClass.name(),
                a.dispatchedAt, d.accept().at(), d.returnUntil().at(), d.respond().at(), a.completeDue.at(), a.acceptedAt,
                a.respondedAt, a.completedAt, text.apply(a.reply), text.apply(a.returnReason),
                a.extension == null ? null : a.extension.name(),
                a.extensionUntil == null ? null : a.extensionUntil.at(), a.extensionWorkingDays, text.apply(a.extensionReason),
                a.overdue(now), !provisional.isEmpty(), provisional.stream().map(Enum::name).toList(), summons(a.summons, text));
    }

    private static TicketView.SummonsView summons(Summons s, java.util.function.UnaryOperator<String> text) {
        return s == null ? null : new TicketView.SummonsView(s.whistleId, s.reportDue, s.reportedAt,
                s.reported() ? s.onTime() : null, text.apply(s.reportNote), text.apply(s.workNote));
    }
}
