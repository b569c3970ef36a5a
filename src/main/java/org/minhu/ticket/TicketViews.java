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
        return viewer.is(org.minhu.directory.Role.OPERATOR) || (viewer.role().seesPhoneNumbers() && !f.requesterConfidential());
    }

    static TicketView of(Ticket t, Actor viewer, Instant now) {
        TicketFacts f = t.facts;
        boolean full = seesNumbers(viewer, f);
        java.util.function.UnaryOperator<String> text = full ? s -> s : PhoneMask::inText;
        String phone = full ? f.requesterPhone() : PhoneMask.mask(f.requesterPhone());
        List<TicketView.AssignmentView> assignments = t.assignments.stream().map(a -> assignment(a, now, text)).toList();
        TicketView.CallbackView callback = t.latestCallback().map(c -> new TicketView.CallbackView(c.recordedAt(),
                c.recordedBy(), c.unreachable(), c.resolved(), c.satisfied())).orElse(null);
        boolean overdue = t.assignments.stream().anyMatch(a -> a.overdue(now))
                || (t.status == TicketStatus.COMPLETED && t.callbackDue != null && now.isAfter(t.callbackDue.at()));
        return new TicketView(t.id, t.number, t.status, f.channel(), f.type(), f.urgency(), text.apply(f.subject()),
                text.apply(f.content()),
                f.categoryCode(), t.leadUnitCode, t.districtCode, t.createdAt,
                new TicketView.RequesterView(f.requesterName(), phone, f.requesterConfidential()),
                new TicketView.LocationView(f.address(), f.lat(), f.lng(), f.locationUnitCode()),
                assignments, callback, t.supervised, overdue, t.parentId, text.apply(t.answer), t.reopenCount, t.answeredAt,
                t.completedAt, t.callbackDue == null ? null : t.callbackDue.at(),
                t.callbackDue != null && t.callbackDue.provisional(), t.closedAt, t.terminatedReason, null);
    }

    private static TicketView.AssignmentView assignment(Assignment a, Instant now, java.util.function.UnaryOperator<String> text) {
        AssignmentDeadlines d = a.deadlines;
        java.util.Set<ProvisionalDeadline> provisional = a.provisional();
        return new TicketView.AssignmentView(a.id, a.unitCode, a.role, a.route, a.status, a.deadlineClass.name(),
                a.dispatchedAt, d.accept().at(), d.returnUntil().at(), d.respond().at(), a.completeDue.at(), a.acceptedAt,
                a.respondedAt, a.completedAt, text.apply(a.reply), text.apply(a.returnReason),
                a.extension == null ? null : a.extension.name(),
                a.extensionUntil == null ? null : a.extensionUntil.at(), a.extensionWorkingDays, text.apply(a.extensionReason),
                a.overdue(now), !provisional.isEmpty(), provisional.stream().map(Enum::name).toList());
    }
}
