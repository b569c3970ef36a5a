package org.minhu.web;

import java.util.Map;
import java.util.Optional;
import org.minhu.platform.MinhuException;
import org.minhu.ticket.CallbackResult;
import org.minhu.ticket.Resolved;
import org.minhu.ticket.Satisfied;
import org.minhu.ticket.TicketCommand;

/**
 * The console's buttons by name, each the {@link TicketCommand} its form asks for: the ticket's
 * ({@code /tickets/{id}/do/{verb}}) and an assignment's ({@code …/assignments/{aid}/{verb}}).
 */
final class ConsoleCommands {

    /** A button's form, all fields optional; the command checks what it needs. */
    record Form(String text, String unitCode, org.minhu.ticket.AssignmentRole role, org.minhu.ticket.Route route,
                Long parentId, String outcome, Integer workingDays) {
    }

    private interface Maker {
        TicketCommand make(long id, Form form);
    }

    private static final Map<String, Maker> ON_TICKET = Map.of(
            "answer", (id, f) -> new TicketCommand.Answer(id, f.text()),
            "dispatch", (id, f) -> new TicketCommand.Dispatch(id, f.unitCode(), f.role(), f.route()),
            "merge", (id, f) -> new TicketCommand.Merge(id, f.parentId() == null ? 0 : f.parentId()),
            "terminate", (id, f) -> new TicketCommand.Terminate(id, f.text()),
            "callback", (id, f) -> new TicketCommand.RecordCallback(id, callback(f.outcome()).withComment(f.text())),
            "reopen", (id, f) -> new TicketCommand.Reopen(id),
            "supervise", (id, f) -> new TicketCommand.Supervise(id, f.text()),
            "lift", (id, f) -> new TicketCommand.LiftSupervision(id, f.text()));

    private static final Map<String, Maker> ON_ASSIGNMENT = Map.of(
            "accept", (id, f) -> new TicketCommand.Accept(id),
            "return", (id, f) -> new TicketCommand.RequestReturn(id, f.text()),
            "approve-return", (id, f) -> new TicketCommand.ApproveReturn(id, f.unitCode()),
            "reject-return", (id, f) -> new TicketCommand.RejectReturn(id),
            "respond", (id, f) -> new TicketCommand.Respond(id),
            "complete", (id, f) -> new TicketCommand.Complete(id, f.text()),
            "extend", (id, f) -> new TicketCommand.RequestExtension(id, null,
                    f.workingDays() == null ? 1 : f.workingDays(), f.text()),
            "approve-extension", (id, f) -> new TicketCommand.ApproveExtension(id),
            "reject-extension", (id, f) -> new TicketCommand.RejectExtension(id),
            "forward", (id, f) -> new TicketCommand.Forward(id, f.unitCode(), f.role()));

    private ConsoleCommands() {
    }

    static TicketCommand onTicket(String verb, long ticketId, Form form) {
        return make(ON_TICKET, verb, ticketId, form);
    }

    static TicketCommand onAssignment(String verb, long assignmentId, Form form) {
        return make(ON_ASSIGNMENT, verb, assignmentId, form);
    }

    private static TicketCommand make(Map<String, Maker> makers, String verb, long id, Form form) {
        return Optional.ofNullable(makers.get(verb)).orElseThrow(() -> MinhuException.notFound("action", verb))
                .make(id, form);
    }

    /** "YES/SATISFIED", "NO/DISSATISFIED" … or "UNREACHABLE". */
    private static CallbackResult callback(String outcome) {
        if ("UNREACHABLE".equals(outcome)) {
            return new CallbackResult(true, null, null);
        }
        String[] parts = outcome == null ? new String[0] : outcome.split("/");
        try {
            return new CallbackResult(false, Resolved.valueOf(parts[0]), Satisfied.valueOf(parts[1]));
        } catch (RuntimeException e) {
            throw MinhuException.invalid("VALIDATION_FAILED", "callback-answers", "Choose what the citizen said", Map.of());
        }
    }
}
