package org.minhu.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadlines an imported ticket's assignments went past, as the sweep would have recorded them
 * had it run while the history happened: a step is breached when its due time came before the step
 * was done (accepted, responded, completed) or, still open, before the present. Returned and
 * cancelled assignments are left alone, as their breaches count nowhere. Each breach also goes into
 * the ticket's log as the sweep's {@link TicketEvent.Overdue} at the due time.
 */
final class HistoricBreaches {

    /** A breach as {@code deadline_breach} keeps it; detected when it fell due. */
    record Breach(long ticketId, long assignmentId, String step, Instant dueAt) {
    }

    private HistoricBreaches() {
    }

    static List<Breach> of(Ticket t, Instant now) {
        List<Breach> breaches = new ArrayList<>();
        for (Assignment a : t.assignments) {
            if (a.status == AssignmentStatus.RETURNED || a.status == AssignmentStatus.CANCELLED) {
                continue;
            }
            Instant responded = a.respondedAt != null ? a.respondedAt : a.completedAt;
            breach(t, a, "ACCEPT", due(a.deadlines.accept()), a.acceptedAt != null ? a.acceptedAt : responded, now, breaches);
            breach(t, a, "RESPOND", due(a.deadlines.respond()), responded, now, breaches);
            breach(t, a, "COMPLETE", due(a.completeDue), a.completedAt, now, breaches);
        }
        return breaches;
    }

    private static void breach(Ticket t, Assignment a, String step, Instant due, Instant done, Instant now,
                               List<Breach> breaches) {
        if (due != null && due.isBefore(done != null ? done : now)) {
            breaches.add(new Breach(t.id, a.id, step, due));
            t.events.add(new NewEvent(new TicketEvent.Overdue(step, due), a, Ticket.SYSTEM, null, due));
        }
    }

    private static Instant due(org.minhu.calendar.Due due) {
        return due == null ? null : due.at();
    }
}
