package org.minhu.ticket;

import org.minhu.platform.MinhuException;

/**
 * The JSON bodies of the lifecycle actions, each turned into its {@link TicketCommand}, which
 * checks the values (the console and the import send the same commands, checked the same way).
 */
final class ActionBodies {

    private ActionBodies() {
    }

    /** 直接答复: the words said, and the knowledge article version they came from (optional). */
    record Answer(String answer, Long articleVersion) {
        TicketCommand command(long ticketId) {
            return new TicketCommand.Answer(ticketId, answer, articleVersion);
        }
    }

    record Dispatch(String unitCode, AssignmentRole role, Route route) {
        TicketCommand command(long ticketId) {
            return new TicketCommand.Dispatch(ticketId, unitCode, role, route);
        }
    }

    record Forward(String unitCode, AssignmentRole role) {
        TicketCommand command(long assignmentId) {
            return new TicketCommand.Forward(assignmentId, unitCode, role);
        }
    }

    record Merge(Long parentId) {
        TicketCommand command(long ticketId) {
            return new TicketCommand.Merge(ticketId, parentId == null ? 0 : parentId);
        }
    }

    record Reason(String reason) {
    }

    record ExemptionAsked(ExemptionReason reasonCode, String evidence) {
    }

    record Note(String note) {
    }

    /** 督办: {@code dueAt} a date (through that day) or an ISO date-time; {@code level} DISTRICT or CITY. */
    record Supervise(String note, SupervisionLevel level, String dueAt) {
    }

    record Complete(String reply) {
    }

    record Redispatch(String unitCode) {
    }

    /** 回访: the citizen's answers, or unreachable; {@code comment}: the operator's note (optional). */
    record Callback(Boolean unreachable, Resolved resolved, Satisfied satisfied, String comment) {

        CallbackResult result() {
            if (Boolean.TRUE.equals(unreachable)) {
                if (resolved != null || satisfied != null) {
                    throw MinhuException.invalid("VALIDATION_FAILED", "unreachable-answered",
                            "An unreachable citizen gave no answers", java.util.Map.of());
                }
                return new CallbackResult(true, null, null, comment);
            }
            if (resolved == null || satisfied == null) {
                throw MinhuException.invalid("VALIDATION_FAILED", "callback-answers",
                        "Give resolved and satisfied, or unreachable: true", java.util.Map.of());
            }
            return new CallbackResult(false, resolved, satisfied, comment);
        }
    }
}
