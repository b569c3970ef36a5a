package org.minhu.ticket;

import java.time.Instant;
import org.minhu.calendar.DeadlineClass;
import org.minhu.calendar.DeadlineStep;
import org.minhu.calendar.Deadlines;

/** The deadlines an assignment is held to, computed once at dispatch and stored. */
record AssignmentDeadlines(Instant acceptDueAt, Instant returnUntil, Instant respondDueAt, Instant completeDueAt) {

    static AssignmentDeadlines from(Deadlines rules, DeadlineClass deadlineClass, Instant dispatchedAt) {
        return new AssignmentDeadlines(
                rules.due(DeadlineStep.ACCEPT, deadlineClass, dispatchedAt),
                rules.due(DeadlineStep.RETURN, deadlineClass, dispatchedAt),
                rules.due(DeadlineStep.RESPOND, deadlineClass, dispatchedAt),
                rules.due(DeadlineStep.COMPLETE, deadlineClass, dispatchedAt));
    }
}
