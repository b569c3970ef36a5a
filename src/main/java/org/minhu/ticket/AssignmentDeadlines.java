package org.minhu.ticket;

import org.minhu.calendar.DeadlineClass;
import org.minhu.calendar.DeadlineStep;
import org.minhu.calendar.Deadlines;
import org.minhu.calendar.Due;

/**
 * The deadlines an assignment is held to from dispatch, computed once and stored; each says
 * whether a provisional calendar day went into it. {@code complete} is the deadline dispatch
 * gave: extensions move the assignment's own, see {@link Assignment#completeDue}.
 */
record AssignmentDeadlines(Due accept, Due returnUntil, Due respond, Due complete) {

    static AssignmentDeadlines from(Deadlines rules, DeadlineClass deadlineClass, java.time.Instant dispatchedAt) {
        return new AssignmentDeadlines(
                rules.due(DeadlineStep.ACCEPT, deadlineClass, dispatchedAt),
                rules.due(DeadlineStep.RETURN, deadlineClass, dispatchedAt),
                rules.due(DeadlineStep.RESPOND, deadlineClass, dispatchedAt),
                rules.due(DeadlineStep.COMPLETE, deadlineClass, dispatchedAt));
    }
}
