package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Set;
import org.minhu.directory.Actor;
import org.minhu.directory.Actors;
import org.minhu.platform.MinhuException;
import org.minhu.ticket.Queues;
import org.minhu.ticket.Tickets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The centre's queues (待派单, 退单审核, 延期审核, 待回访, 待重办), one shown at a time with the size
 * of each in its tab; decisions and callbacks are taken in the row and the queue comes back.
 */
@Controller
class QueuesPage {

    private static final Set<String> ON_TICKET = Set.of("callback", "reopen");
    private static final Set<String> ON_ASSIGNMENT = Set.of("approve-return", "reject-return", "approve-extension",
            "reject-extension");

    private final Queues queues;
    private final Tickets tickets;
    private final InPlaceRefusals refusals;
    private final Clock clock;

    QueuesPage(Queues queues, Tickets tickets, InPlaceRefusals refusals, Clock clock) {
        this.queues = queues;
        this.tickets = tickets;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping("/queues")
    String page(@RequestParam(defaultValue = "dispatch") String q, Model model) {
        return show(q, model, "queues");
    }

    /** A decision or callback from a row: {@code verb}, the ticket or the assignment, the callback's outcome. */
    @PostMapping("/queues/do")
    String act(@RequestParam String q, @RequestParam String verb, @RequestParam long ticketId,
               @RequestParam(required = false) Long assignmentId, @RequestParam(required = false) String outcome,
               @RequestParam(required = false) String text, Model model, HttpServletRequest request,
               HttpServletResponse response) {
        Actor actor = Actors.current();
        try {
            var form = new ConsoleCommands.Form(text, null, null, null, null, outcome, null);
            if (ON_TICKET.contains(verb)) {
                tickets.handle(ConsoleCommands.onTicket(verb, ticketId, form), actor);
            } else if (ON_ASSIGNMENT.contains(verb) && assignmentId != null && tickets.isAssignmentOf(assignmentId, ticketId)) {
                tickets.handle(ConsoleCommands.onAssignment(verb, assignmentId, form), actor);
            } else {
                throw MinhuException.invalid("INVALID_PARAMETER", "No such step in this queue: " + verb);
            }
            model.addAttribute("done", verb);
        } catch (MinhuException e) {
            refusals.show(e, model, request, response);
        }
        return show(q, model, "queues :: queue");
    }

    private String show(String q, Model model, String view) {
        Actor actor = Actors.current();
        if (!Queues.NAMES.contains(q)) {
            throw MinhuException.invalid("INVALID_PARAMETER", "No queue " + q);
        }
        model.addAttribute("q", q);
        model.addAttribute("items", queues.queue(q, actor));
        model.addAttribute("sizes", queues.sizes(actor));
        model.addAttribute("names", Queues.NAMES);
        model.addAttribute("now", clock.instant());
        return view;
    }
}
