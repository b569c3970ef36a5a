package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.minhu.directory.Actor;
import org.minhu.directory.Actors;
import org.minhu.platform.MinhuException;
import org.minhu.ticket.AssignmentRole;
import org.minhu.ticket.CallbackResult;
import org.minhu.ticket.ExtensionRequest;
import org.minhu.ticket.Resolved;
import org.minhu.ticket.Route;
import org.minhu.ticket.Satisfied;
import org.minhu.ticket.Tickets;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's buttons: each posts here, calls the same {@link Tickets} verb the API does, and
 * returns to the ticket, with the refusal shown there when the rules say no.
 */
@Controller
class TicketActions {

    static final String BACK = TicketActions.class.getName() + ".back";

    private final Tickets tickets;

    TicketActions(Tickets tickets) {
        this.tickets = tickets;
    }

    @PostMapping("/tickets/{id}/do/{verb}")
    String ticket(@PathVariable long id, @PathVariable String verb, @RequestParam(required = false) String text,
                  @RequestParam(required = false) String unitCode, @RequestParam(required = false) AssignmentRole role,
                  @RequestParam(required = false) Route route, @RequestParam(required = false) Long parentId,
                  @RequestParam(required = false) String outcome, HttpServletRequest request, RedirectAttributes flash) {
        request.setAttribute(BACK, "/tickets/" + id);
        Actor actor = Actors.current();
        switch (verb) {
            case "answer" -> tickets.answer(id, required(text), actor);
            case "dispatch" -> tickets.dispatch(id, required(unitCode), role == null ? AssignmentRole.LEAD : role,
                    route == null ? Route.DIRECT : route, actor);
            case "merge" -> tickets.merge(id, parentId == null ? 0 : parentId, actor);
            case "terminate" -> tickets.terminate(id, required(text), actor);
            case "callback" -> tickets.callback(id, callback(outcome), actor);
            case "reopen" -> tickets.reopen(id, actor);
            case "supervise" -> tickets.supervise(id, text, actor);
            default -> throw MinhuException.notFound("action", verb);
        }
        flash.addFlashAttribute("done", verb);
        return "redirect:/tickets/" + id;
    }

    @PostMapping("/tickets/{id}/assignments/{assignmentId}/{verb}")
    String assignment(@PathVariable long id, @PathVariable long assignmentId, @PathVariable String verb,
                      @RequestParam(required = false) String text, @RequestParam(required = false) String unitCode,
                      @RequestParam(required = false) Integer workingDays, HttpServletRequest request,
                      RedirectAttributes flash) {
        request.setAttribute(BACK, "/tickets/" + id);
        Actor actor = Actors.current();
        if (!tickets.isAssignmentOf(assignmentId, id)) {
            throw MinhuException.notFound("assignment", assignmentId); // never act on another ticket than the page's
        }
        switch (verb) {
            case "accept" -> tickets.accept(assignmentId, actor);
            case "return" -> tickets.requestReturn(assignmentId, required(text), actor);
            case "approve-return" -> tickets.approveReturn(assignmentId, unitCode, actor);
            case "reject-return" -> tickets.rejectReturn(assignmentId, actor);
            case "respond" -> tickets.respond(assignmentId, actor);
            case "reveal" -> flash.addFlashAttribute("revealed", tickets.revealPhone(assignmentId, actor));
            case "complete" -> tickets.complete(assignmentId, required(text), actor);
            case "extend" -> tickets.requestExtension(assignmentId,
                    new ExtensionRequest((Instant) null, workingDays == null ? 1 : workingDays, required(text)), actor);
            case "approve-extension" -> tickets.approveExtension(assignmentId, actor);
            case "reject-extension" -> tickets.rejectExtension(assignmentId, actor);
            default -> throw MinhuException.notFound("action", verb);
        }
        flash.addFlashAttribute("done", verb);
        return "redirect:/tickets/" + id;
    }

    /** "YES/SATISFIED", "NO/DISSATISFIED" … or "UNREACHABLE". */
    private static CallbackResult callback(String outcome) {
        if ("UNREACHABLE".equals(outcome)) {
            return new CallbackResult(true, null, null);
        }
        String[] parts = required(outcome).split("/");
        try {
            return new CallbackResult(false, Resolved.valueOf(parts[0]), Satisfied.valueOf(parts[1]));
        } catch (RuntimeException e) {
            throw MinhuException.invalid("VALIDATION_FAILED", "callback-answers", "Choose what the citizen said", java.util.Map.of());
        }
    }

    private static String required(String value) {
        if (value == null || value.isBlank()) {
            throw MinhuException.invalid("VALIDATION_FAILED", "fill-text", "Fill in the text first", java.util.Map.of());
        }
        return value.strip();
    }
}
