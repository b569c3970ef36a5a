package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import org.minhu.directory.Actors;
import org.minhu.platform.MinhuException;
import org.minhu.ticket.AssignmentRole;
import org.minhu.ticket.Route;
import org.minhu.ticket.Tickets;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's buttons: each posts here, becomes the same {@link org.minhu.ticket.TicketCommand}
 * the API sends ({@link ConsoleCommands}), and returns to the ticket, with the refusal shown there
 * when the rules say no.
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
        var form = new ConsoleCommands.Form(text, unitCode, role, route, parentId, outcome, null);
        tickets.handle(ConsoleCommands.onTicket(verb, id, form), Actors.current());
        flash.addFlashAttribute("done", verb);
        return "redirect:/tickets/" + id;
    }

    @PostMapping("/tickets/{id}/assignments/{assignmentId}/{verb}")
    String assignment(@PathVariable long id, @PathVariable long assignmentId, @PathVariable String verb,
                      @RequestParam(required = false) String text, @RequestParam(required = false) String unitCode,
                      @RequestParam(required = false) Integer workingDays, HttpServletRequest request,
                      RedirectAttributes flash) {
        request.setAttribute(BACK, "/tickets/" + id);
        if (!tickets.isAssignmentOf(assignmentId, id)) {
            throw MinhuException.notFound("assignment", assignmentId); // never act on another ticket than the page's
        }
        if (verb.equals("reveal")) {
            flash.addFlashAttribute("revealed", tickets.revealPhone(assignmentId, Actors.current()));
        } else {
            var form = new ConsoleCommands.Form(text, unitCode, null, null, null, null, workingDays);
            tickets.handle(ConsoleCommands.onAssignment(verb, assignmentId, form), Actors.current());
        }
        flash.addFlashAttribute("done", verb);
        return "redirect:/tickets/" + id;
    }
}
